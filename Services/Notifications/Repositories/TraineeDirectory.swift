import Events
import Foundation
import Logging
import Model
import PostgresNIO

/// What the notifications service learnt from `training.v1`: sessions and trainees'
/// registrations, and which reminders are queued.
struct TraineeDirectory: Sendable {
    let logger: Logger

    /// A registration that still holds a seat (or waits for one).
    struct Registration: Sendable {
        var registrationId: UUID
        var name: String
        var email: String
        var sessionTitle: String
        var startsAt: Date
        var endsAt: Date
        var venue: String
    }

    func saveSession(_ session: TrainingSessionScheduled, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO training_sessions (session_id, title, starts_at, ends_at, venue)
            VALUES (\(session.sessionId.uuid), \(session.title), \(session.startsAt), \(session.endsAt), \(session.venue))
            ON CONFLICT (session_id) DO UPDATE SET title = EXCLUDED.title, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                                                   venue = EXCLUDED.venue
            """, logger: logger)
    }

    func saveRegistration(_ change: RegistrationChanged, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO registrations (registration_id, session_id, name, email, outcome, session_title, starts_at, venue)
            SELECT \(change.registrationId.uuid), \(change.sessionId.uuid), \(change.trainee.name), \(change.trainee.email),
                   \(change.outcome.rawValue), \(change.sessionTitle), \(change.startsAt), \(change.venue)
            WHERE NOT EXISTS (SELECT 1 FROM erased_addresses WHERE digest = sha256(convert_to(lower(\(change.trainee.email)), 'UTF8'))
                                                                AND erased_at > now() - interval '7 days')
            ON CONFLICT (registration_id) DO UPDATE SET outcome = EXCLUDED.outcome, session_title = EXCLUDED.session_title,
                                                        starts_at = EXCLUDED.starts_at, venue = EXCLUDED.venue
            """, logger: logger)
    }

    /// Follows an edited session: its registrations carry its new title, start and venue (a
    /// moved start queues its reminder again). Returns the registrations still live.
    func changeSession(_ changed: TrainingSessionChanged, on connection: PostgresConnection) async throws -> [Registration] {
        try await connection.query("""
            UPDATE training_sessions SET title = \(changed.title), starts_at = \(changed.startsAt), ends_at = \(changed.endsAt),
                                         venue = \(changed.venue)
            WHERE session_id = \(changed.sessionId.uuid)
            """, logger: logger)
        return try await registrations(try await connection.query("""
            UPDATE registrations r SET session_title = \(changed.title), venue = \(changed.venue),
                   reminder_queued = reminder_queued AND starts_at = \(changed.startsAt), starts_at = \(changed.startsAt)
            WHERE session_id = \(changed.sessionId.uuid) AND outcome <> 'cancelled'
            RETURNING registration_id, name, email, session_title, starts_at, \(changed.endsAt), venue
            """, logger: logger))
    }

    /// Cancels the session's registrations that were not cancelled yet; returns them.
    func cancelSession(_ session: TrainingSessionID, on connection: PostgresConnection) async throws -> [Registration] {
        try await registrations(try await connection.query("""
            UPDATE registrations r SET outcome = 'cancelled' WHERE session_id = \(session.uuid) AND outcome <> 'cancelled'
            RETURNING registration_id, name, email, session_title, starts_at,
                      coalesce((SELECT s.ends_at FROM training_sessions s WHERE s.session_id = r.session_id), starts_at + interval '3 hours'), venue
            """, logger: logger))
    }

    /// Marks as reminded the seats of sessions that start within `lead` after `now`; returns them.
    func claimDueReminders(now: Date, lead: TimeInterval, on connection: PostgresConnection) async throws -> [Registration] {
        try await registrations(try await connection.query("""
            UPDATE registrations r SET reminder_queued = true
            WHERE NOT reminder_queued AND outcome IN ('confirmed', 'promoted') AND starts_at > \(now) AND starts_at <= \(now.addingTimeInterval(lead))
            RETURNING registration_id, name, email, session_title, starts_at,
                      coalesce((SELECT s.ends_at FROM training_sessions s WHERE s.session_id = r.session_id), starts_at + interval '3 hours'), venue
            """, logger: logger))
    }

    private func registrations(_ rows: PostgresRowSequence) async throws -> [Registration] {
        var registrations: [Registration] = []
        for try await (id, name, email, title, startsAt, endsAt, venue) in rows.decode((UUID, String, String, String, Date, Date, String).self) {
            registrations.append(Registration(registrationId: id, name: name, email: email, sessionTitle: title, startsAt: startsAt,
                                              endsAt: endsAt, venue: venue))
        }
        return registrations
    }
}
