import Foundation

/// A service did what a ``PersonalDataRequested`` asked of it. Each service publishes it on
/// its own topic, so this contract travels on all five (``topics``); the applications
/// service collects the confirmations on the request.
public struct PersonalDataProcessed: EventPayload {
    public static let eventType = "PersonalDataProcessed"
    public static let eventVersion = 1
    /// The applications service's own confirmation; the other services use theirs.
    public static let topic = Topic.applications
    public static let topics = Topic.all
    public var aggregateKey: String { requestId.uuidString.lowercased() }

    public var requestId: UUID
    /// The confirming service: `applications`, `jury`, `training`, `resources` or `notifications`.
    public var service: String
    public var kind: PersonalDataRequestKind
    /// Records found (export) or erased and anonymised (erasure).
    public var recordCount: Int
    /// What the service keeps about the person; empty for an erasure.
    public var records: [PersonalRecord]
    public var processedAt: Date

    public init(requestId: UUID, service: String, kind: PersonalDataRequestKind, recordCount: Int, records: [PersonalRecord],
                processedAt: Date) {
        self.requestId = requestId
        self.service = service
        self.kind = kind
        self.recordCount = recordCount
        self.records = records
        self.processedAt = processedAt
    }
}
