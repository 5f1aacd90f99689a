import Foundation
import Model

/// A call for applications was opened or its rules changed (`applications.v1`).
public struct CallPublished: EventPayload {
    public static let eventType = "CallPublished"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { callId.description }

    public var callId: CallID
    public var action: FundingAction
    public var title: String
    public var opensAt: Date
    public var closesAt: Date
    public var maxBeneficiaries: Int
    public var eligibleKinds: [ApplicantKind]
    /// Innovation grant only.
    public var subsidyRate: Rate?
    /// Innovation grant only.
    public var subsidyCap: Money?
    /// Consulting aid only: the average number of consulting days.
    public var consultingDays: Int?
    public var criteria: [String]
    public var budgetEnvelope: Money?

    public init(callId: CallID, action: FundingAction, title: String, opensAt: Date, closesAt: Date, maxBeneficiaries: Int,
                eligibleKinds: [ApplicantKind], subsidyRate: Rate?, subsidyCap: Money?, consultingDays: Int?,
                criteria: [String], budgetEnvelope: Money?) {
        self.callId = callId
        self.action = action
        self.title = title
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.maxBeneficiaries = maxBeneficiaries
        self.eligibleKinds = eligibleKinds
        self.subsidyRate = subsidyRate
        self.subsidyCap = subsidyCap
        self.consultingDays = consultingDays
        self.criteria = criteria
        self.budgetEnvelope = budgetEnvelope
    }
}
