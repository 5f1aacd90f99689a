import Foundation
import Model

/// The jury rejected a dossier, with its motivation (`jury.v1`, keyed by the dossier).
public struct ApplicationRejected: EventPayload {
    public static let eventType = "ApplicationRejected"
    public static let eventVersion = 1
    public static let topic = Topic.jury
    public var aggregateKey: String { applicationId.description }

    public var sittingId: JurySessionID
    public var applicationId: ApplicationID
    public var reference: String
    public var motivation: String
    public var decidedAt: Date

    public init(sittingId: JurySessionID, applicationId: ApplicationID, reference: String, motivation: String, decidedAt: Date) {
        self.sittingId = sittingId
        self.applicationId = applicationId
        self.reference = reference
        self.motivation = motivation
        self.decidedAt = decidedAt
    }
}
