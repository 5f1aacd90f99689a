import Foundation

/// Staff recorded a person's request about their data (`applications.v1`); every service,
/// the applications service included, acts on what it keeps about the address and confirms
/// with ``PersonalDataProcessed``.
public struct PersonalDataRequested: EventPayload {
    public static let eventType = "PersonalDataRequested"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { requestId.uuidString.lowercased() }

    public var requestId: UUID
    public var kind: PersonalDataRequestKind
    /// The person's email address: every service finds their data by it, letter case aside.
    public var email: String
    public var requestedAt: Date

    public init(requestId: UUID, kind: PersonalDataRequestKind, email: String, requestedAt: Date) {
        self.requestId = requestId
        self.kind = kind
        self.email = email
        self.requestedAt = requestedAt
    }
}
