import Foundation

/// When the mail that no event causes is queued: training reminders and the digest.
struct ScheduledMailPolicy: Sendable {
    /// How often due reminders are looked for.
    var checkInterval: Duration = .seconds(30)
    /// How long before a session its trainees are reminded.
    var reminderLead: TimeInterval = 2 * 86_400
    /// How often the publications of the period go to subscribers in one digest.
    var digestInterval: Duration = .seconds(86_400)
    /// How long a decision waits for its dossier's submission before it is dropped.
    var waitingEventsRetention: Duration = .seconds(30 * 86_400)
}
