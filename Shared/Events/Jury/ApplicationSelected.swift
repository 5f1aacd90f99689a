import Foundation
import Model

/// The jury designated a dossier as a beneficiary (`jury.v1`, keyed by the dossier).
public struct ApplicationSelected: EventPayload {
    public static let eventType = "ApplicationSelected"
    public static let eventVersion = 1
    public static let topic = Topic.jury
    public var aggregateKey: String { applicationId.description }

    public var sittingId: JurySessionID
    public var applicationId: ApplicationID
    public var reference: String
    /// Innovation grant: the subsidy granted.
    public var grantedAmount: Money?
    /// Consulting aid: the consulting days granted.
    public var consultingDays: Int?
    /// Why the jury lowered the amount, when it did.
    public var motivation: String?
    public var decidedAt: Date

    public init(sittingId: JurySessionID, applicationId: ApplicationID, reference: String, grantedAmount: Money?,
                consultingDays: Int?, motivation: String?, decidedAt: Date) {
        self.sittingId = sittingId
        self.applicationId = applicationId
        self.reference = reference
        self.grantedAmount = grantedAmount
        self.consultingDays = consultingDays
        self.motivation = motivation
        self.decidedAt = decidedAt
    }
}
