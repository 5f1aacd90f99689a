import Foundation

/// `GET /api/me`: who the bearer of a token is, the same shape on every service.
public struct TokenBearer: Codable, Sendable, Equatable {
    public var id: UUID
    public var email: String
    public var displayName: String
    /// The account's role in the service that answers (e.g. `applicant`, `juror`, `staff`).
    public var role: String
    /// Applicants' accounts only: the collectivité they act for.
    public var applicantId: UUID?

    public init(id: UUID, email: String, displayName: String, role: String, applicantId: UUID? = nil) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.applicantId = applicantId
    }

    enum CodingKeys: String, CodingKey {
        case id, email, displayName, role, applicantId
    }

    /// Identifiers in lower case, as everywhere else in the API.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(role, forKey: .role)
        try container.encodeIfPresent(applicantId?.uuidString.lowercased(), forKey: .applicantId)
    }
}
