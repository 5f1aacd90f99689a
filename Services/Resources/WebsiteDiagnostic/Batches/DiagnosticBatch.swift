import Foundation

/// A run of the diagnostic over many sites, and how far it got.
struct DiagnosticBatch: Codable, Sendable, Equatable {
    enum Outcome: String, Codable, Sendable {
        case complete
        /// The batch's time limit passed before every site was diagnosed.
        case timeLimit = "time_limit"
    }

    var id: UUID
    var startedAt: Date
    var deadline: Date
    var concurrency: Int
    var finishedAt: Date?
    var outcome: Outcome?
    var total: Int
    var done: Int

    /// « 12 sites sur 40 diagnostiqués (en cours) ».
    var progressText: String {
        let state = finishedAt == nil ? "en cours" : outcome == .timeLimit ? "arrêtée\u{a0}: durée maximale atteinte" : "terminée"
        return "\(done) site\(done > 1 ? "s" : "") sur \(total) diagnostiqué\(done > 1 ? "s" : "") (\(state))"
    }
}
