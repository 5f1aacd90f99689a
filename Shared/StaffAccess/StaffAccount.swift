import Foundation

/// A member of the programme's team on a service's back-office pages and API.
public struct StaffAccount: Sendable, Hashable, Codable {
    public var id: UUID
    public var email: String
    public var displayName: String

    public init(id: UUID, email: String, displayName: String) {
        self.id = id
        self.email = email
        self.displayName = displayName
    }
}
