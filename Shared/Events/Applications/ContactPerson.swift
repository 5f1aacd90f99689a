/// A person to write to about a dossier or a registration.
public struct ContactPerson: Codable, Sendable, Equatable {
    public var name: String
    public var email: String
    public var role: String?

    public init(name: String, email: String, role: String? = nil) {
        self.name = name
        self.email = email
        self.role = role
    }
}
