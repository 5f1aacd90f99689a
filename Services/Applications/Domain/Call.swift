import Foundation
import Model

/// A call for applications: its rules are data, so the region can run new editions.
struct Call: Codable, Sendable, Equatable {
    var id: CallID
    var action: FundingAction
    var title: String
    var description: String
    /// First instant submissions are accepted.
    var opensAt: Date
    /// Last instant submissions are accepted (a call that "closes in November 2007" accepts
    /// them until 30 November 2007 23:59:59, Paris time).
    var closesAt: Date
    var eligibleKinds: [ApplicantKind]
    var maxBeneficiaries: Int
    /// Innovation grant only.
    var subsidyRule: SubsidyRule?
    /// Consulting aid only: the average number of consulting days granted.
    var consultingDays: Int?
    var excludedThemes: [ExcludedTheme]
    var criteria: [String]
    /// An optional budget envelope for the whole call.
    var budgetEnvelope: Money?
    /// Set when staff closed the call before its closing date.
    var closedAt: Date?

    /// When submissions really end: the closing date, or staff's earlier closing.
    var effectiveClosing: Date {
        closedAt.map { min($0, closesAt) } ?? closesAt
    }

    /// Whether a dossier may be submitted at `instant`.
    func acceptsSubmissions(at instant: Date) -> Bool {
        if let closedAt, closedAt <= instant { return false }
        return opensAt <= instant && instant <= closesAt
    }
}
