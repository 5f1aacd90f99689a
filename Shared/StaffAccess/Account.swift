import Foundation

/// A person who signs in to a service: the programme's team, a juror, a collectivité's agent.
public struct Account<Role: AccountRole>: Sendable, Hashable, Codable {
    public var id: UUID
    public var email: String
    public var displayName: String
    public var role: Role
    /// For roles that act for an organisation: the collectivité the account acts for.
    public var organisationId: UUID?

    public init(id: UUID, email: String, displayName: String, role: Role, organisationId: UUID? = nil) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.organisationId = organisationId
    }

    /// How decisions, minutes and histories name the account.
    public var actorLabel: String { "\(displayName) (\(role.frenchLabel))" }

    enum CodingKeys: String, CodingKey {
        case id, email, displayName, role, organisationId
    }

    /// Identifiers in lower case, as everywhere else in the API.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(role, forKey: .role)
        try container.encodeIfPresent(organisationId?.uuidString.lowercased(), forKey: .organisationId)
    }
}
