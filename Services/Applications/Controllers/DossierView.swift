import Foundation
import Model

/// A dossier as the API shows it: its fields, its status in French and, for staff, its history.
struct DossierView: Encodable, Sendable {
    var id: ApplicationID
    var reference: String
    var callId: CallID
    var applicantId: ApplicantID
    var status: DossierStatus
    var statusLabel: String
    var projectTitle: String
    var theme: String
    var summary: String
    var eligibleCost: Money?
    var requestedSubsidy: Money?
    var staffMessage: String?
    var createdAt: Date
    var updatedAt: Date
    var submittedAt: Date?
    var history: [HistoryEntry]?

    init(_ dossier: Dossier, history: [HistoryEntry]? = nil) {
        id = dossier.id
        reference = dossier.reference
        callId = dossier.callId
        applicantId = dossier.applicantId
        status = dossier.status
        statusLabel = dossier.status.frenchLabel
        projectTitle = dossier.projectTitle
        theme = dossier.theme
        summary = dossier.summary
        eligibleCost = dossier.eligibleCost
        requestedSubsidy = dossier.requestedSubsidy
        staffMessage = dossier.staffMessage
        createdAt = dossier.createdAt
        updatedAt = dossier.updatedAt
        submittedAt = dossier.submittedAt
        self.history = history
    }
}
