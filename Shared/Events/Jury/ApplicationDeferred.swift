import Foundation
import Model

/// The jury deferred a dossier to its next sitting (`jury.v1`, keyed by the dossier).
public struct ApplicationDeferred: EventPayload {
    public static let eventType = "ApplicationDeferred"
    public static let eventVersion = 1
    public static let topic = Topic.jury
    public var aggregateKey: String { applicationId.description }

    public var sittingId: JurySessionID
    public var applicationId: ApplicationID
    public var reference: String
    public var motivation: String?
    public var nextSittingDate: LocalDate?
    public var decidedAt: Date

    public init(sittingId: JurySessionID, applicationId: ApplicationID, reference: String, motivation: String?,
                nextSittingDate: LocalDate?, decidedAt: Date) {
        self.sittingId = sittingId
        self.applicationId = applicationId
        self.reference = reference
        self.motivation = motivation
        self.nextSittingDate = nextSittingDate
        self.decidedAt = decidedAt
    }
}
