import Events
import Foundation
import Model

extension TrainingSession {
    /// Published in the catalogue: the notifications service learns it for its reminders.
    var scheduled: TrainingSessionScheduled {
        TrainingSessionScheduled(sessionId: id, format: kind, title: title, theme: theme.label, startsAt: startsAt, endsAt: endsAt,
                                 venue: venue, department: department, capacity: capacity)
    }

    /// Edited after publication: what registrants must be told is flagged.
    func changed(from before: TrainingSession) -> TrainingSessionChanged {
        TrainingSessionChanged(sessionId: id, format: kind, title: title, theme: theme.label, startsAt: startsAt, endsAt: endsAt,
                               venue: venue, department: department, capacity: capacity,
                               scheduleChanged: startsAt != before.startsAt || endsAt != before.endsAt, venueChanged: venue != before.venue)
    }

    func held(at instant: Date) -> TrainingSessionHeld {
        TrainingSessionHeld(sessionId: id, format: kind, theme: theme.label, department: department, startsAt: startsAt,
                            confirmed: confirmed, heldAt: instant)
    }
}
