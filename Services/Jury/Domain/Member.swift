import Foundation

/// The authenticated account behind a request.
struct Member: Sendable, Equatable, Codable {
    var id: UUID
    var email: String
    var displayName: String
    var role: MemberRole

    /// How decisions and minutes name the member.
    var actorLabel: String { "\(displayName) (\(role.frenchLabel))" }
}

extension Member {
    enum CodingKeys: String, CodingKey {
        case id, email, displayName, role
    }

    /// The id in lower case, as every identifier of the API.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(role, forKey: .role)
    }
}
