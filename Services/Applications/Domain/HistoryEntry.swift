import Foundation

/// One step of a dossier's history, as staff read it.
struct HistoryEntry: Codable, Sendable, Equatable {
    var at: Date
    /// Who acted: an account's address and role, `jury` or `système`.
    var actor: String
    var action: String
    /// The status after the step.
    var status: DossierStatus
    /// The event published with the step, if any.
    var eventId: UUID?
    var message: String?
}
