import Foundation
import Model

/// A collectivité submitted (or resubmitted after completing) a dossier (`applications.v1`).
public struct ApplicationSubmitted: EventPayload {
    public static let eventType = "ApplicationSubmitted"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { applicationId.description }

    public var applicationId: ApplicationID
    /// The readable reference, e.g. `AC-2026-0042`.
    public var reference: String
    public var callId: CallID
    public var action: FundingAction
    public var applicant: ApplicantSnapshot
    public var contacts: [ContactPerson]
    public var projectTitle: String
    public var theme: String
    /// Innovation grant only.
    public var eligibleCost: Money?
    /// Innovation grant only: min(rate × eligible cost, cap), rounded down to the cent.
    public var requestedSubsidy: Money?
    public var submittedAt: Date

    public init(applicationId: ApplicationID, reference: String, callId: CallID, action: FundingAction,
                applicant: ApplicantSnapshot, contacts: [ContactPerson], projectTitle: String, theme: String,
                eligibleCost: Money?, requestedSubsidy: Money?, submittedAt: Date) {
        self.applicationId = applicationId
        self.reference = reference
        self.callId = callId
        self.action = action
        self.applicant = applicant
        self.contacts = contacts
        self.projectTitle = projectTitle
        self.theme = theme
        self.eligibleCost = eligibleCost
        self.requestedSubsidy = requestedSubsidy
        self.submittedAt = submittedAt
    }
}
