import Foundation
import Model

/// An applicant's dossier for one call.
struct Dossier: Codable, Sendable, Equatable {
    var id: ApplicationID
    /// Readable and unique, e.g. `AC-2026-0042`.
    var reference: String
    var callId: CallID
    var applicantId: ApplicantID
    var status: DossierStatus
    var projectTitle: String
    var theme: String
    var summary: String
    /// Innovation grant only.
    var eligibleCost: Money?
    /// Innovation grant only: computed at submission from the call's rule.
    var requestedSubsidy: Money?
    /// The last message staff sent the applicant (e.g. the missing pieces).
    var staffMessage: String?
    var createdAt: Date
    var updatedAt: Date
    var submittedAt: Date?
}
