import Crypto
import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Keeps, from the applications', the jury's and the training service's events, the facts the
/// programme's indicators are counted from.
///
/// Every statement sets values rather than adding to them, and a dossier's status moves only
/// to a later event's: applying an event twice, or the topics again from their beginning
/// (`resources indicators rebuild`), leaves the same rows. The jury's decisions and the
/// dossiers come on two topics, in any order between them.
struct IndicatorFactsHandler: Sendable {
    /// The tables it writes, emptied by a rebuild.
    static let tables = ["indicator_calls", "indicator_dossiers", "indicator_sessions", "indicator_registrations"]

    var subscriptions: [EventSubscription] {
        let dossiers = ["indicator_dossiers"]
        let sessions = ["indicator_sessions"]
        return [
            .on(CallPublished.self, writes: ["indicator_calls"], callPublished),
            .on(ApplicationSubmitted.self, writes: dossiers, submitted),
            .on(ApplicationDeclaredComplete.self, writes: dossiers) { event, connection, logger in
                try await Self.move(event.data.applicationId, to: .complete, at: event.occurredAt, on: connection, logger: logger)
            },
            .on(ApplicationDeclaredIncomplete.self, writes: dossiers) { event, connection, logger in
                try await Self.move(event.data.applicationId, to: .incomplete, at: event.occurredAt, on: connection, logger: logger)
            },
            .on(ApplicationWithdrawn.self, writes: dossiers) { event, connection, logger in
                try await Self.move(event.data.applicationId, to: .withdrawn, at: event.occurredAt, on: connection, logger: logger)
            },
            .on(ApplicationClosed.self, writes: dossiers) { event, connection, logger in
                try await Self.move(event.data.applicationId, to: .closed, at: event.occurredAt, on: connection, logger: logger)
            },
            .on(ApplicationSelected.self, writes: dossiers) { event, connection, logger in
                try await Self.move(event.data.applicationId, to: .selected, at: event.occurredAt, granted: event.data.grantedAmount ?? .zero,
                                    on: connection, logger: logger)
            },
            .on(ApplicationRejected.self, writes: dossiers) { event, connection, logger in
                try await Self.move(event.data.applicationId, to: .rejected, at: event.occurredAt, on: connection, logger: logger)
            },
            .on(ApplicationDeferred.self, writes: dossiers) { event, connection, logger in
                try await Self.move(event.data.applicationId, to: .deferred, at: event.occurredAt, on: connection, logger: logger)
            },
            .on(TrainingSessionScheduled.self, writes: sessions) { event, connection, logger in
                let data = event.data
                try await Self.saveSession(data.sessionId, format: data.format, theme: data.theme, department: data.department,
                                           startsAt: data.startsAt, capacity: data.capacity, on: connection, logger: logger)
            },
            .on(TrainingSessionChanged.self, writes: sessions) { event, connection, logger in
                let data = event.data
                try await Self.saveSession(data.sessionId, format: data.format, theme: data.theme, department: data.department,
                                           startsAt: data.startsAt, capacity: data.capacity, on: connection, logger: logger)
            },
            .on(TrainingSessionCancelled.self, writes: sessions) { event, connection, logger in
                try await connection.query("UPDATE indicator_sessions SET cancelled = true WHERE session_id = \(event.data.sessionId.uuid)",
                                           logger: logger)
            },
            .on(TrainingSessionHeld.self, writes: sessions, held),
            .on(RegistrationChanged.self, writes: ["indicator_registrations"], registrationChanged),
            .on(AttendanceRecorded.self, writes: ["indicator_registrations", "indicator_sessions"]) { event, connection, logger in
                let data = event.data
                try await connection.query("""
                    UPDATE indicator_registrations SET attended = (registration_id = ANY(\(data.present.map(\.uuid))))
                    WHERE session_id = \(data.sessionId.uuid)
                    """, logger: logger)
                try await connection.query("UPDATE indicator_sessions SET held = true WHERE session_id = \(data.sessionId.uuid)", logger: logger)
            },
        ]
    }

    @Sendable func callPublished(_ event: SubscribedEvent<CallPublished>, on connection: PostgresConnection, logger: Logger) async throws {
        let data = event.data
        try await connection.query("""
            INSERT INTO indicator_calls (call_id, action, title, year, max_beneficiaries)
            VALUES (\(data.callId.uuid), \(data.action.rawValue), \(data.title),
                    extract(year FROM \(data.opensAt)::timestamptz AT TIME ZONE 'Europe/Paris')::int, \(data.maxBeneficiaries))
            ON CONFLICT (call_id) DO UPDATE SET action = EXCLUDED.action, title = EXCLUDED.title, year = EXCLUDED.year,
                max_beneficiaries = EXCLUDED.max_beneficiaries
            """, logger: logger)
    }

    @Sendable func submitted(_ event: SubscribedEvent<ApplicationSubmitted>, on connection: PostgresConnection, logger: Logger) async throws {
        let data = event.data
        try await connection.query("""
            INSERT INTO indicator_dossiers (application_id, call_id, action, department, priority_target, year, requested_cents, status, status_at)
            VALUES (\(data.applicationId.uuid), \(data.callId.uuid), \(data.action.rawValue), \(data.applicant.department),
                    \(data.applicant.priorityTarget), extract(year FROM \(data.submittedAt)::timestamptz AT TIME ZONE 'Europe/Paris')::int,
                    \(data.requestedSubsidy?.cents ?? 0), \(DossierStatus.submitted.rawValue), \(event.occurredAt))
            ON CONFLICT (application_id) DO UPDATE SET call_id = EXCLUDED.call_id, action = EXCLUDED.action,
                department = EXCLUDED.department, priority_target = EXCLUDED.priority_target, year = EXCLUDED.year,
                requested_cents = EXCLUDED.requested_cents
            """, logger: logger)
    }

    /// A held session seen before its scheduling (a rebuild that starts late) still counts.
    @Sendable func held(_ event: SubscribedEvent<TrainingSessionHeld>, on connection: PostgresConnection, logger: Logger) async throws {
        let data = event.data
        try await connection.query("""
            INSERT INTO indicator_sessions (session_id, format, theme, department, year, capacity, held)
            VALUES (\(data.sessionId.uuid), \(data.format.rawValue), \(data.theme), \(data.department),
                    extract(year FROM \(data.startsAt)::timestamptz AT TIME ZONE 'Europe/Paris')::int, \(data.confirmed), true)
            ON CONFLICT (session_id) DO UPDATE SET held = true
            """, logger: logger)
    }

    @Sendable func registrationChanged(_ event: SubscribedEvent<RegistrationChanged>, on connection: PostgresConnection,
                                       logger: Logger) async throws {
        let data = event.data
        try await connection.query("""
            INSERT INTO indicator_registrations (registration_id, session_id, trainee_digest, elected, live)
            VALUES (\(data.registrationId.uuid), \(data.sessionId.uuid), \(Self.digest(of: data.trainee.email)),
                    \(data.traineeElected ?? false), \(data.outcome != .cancelled))
            ON CONFLICT (registration_id) DO UPDATE SET live = EXCLUDED.live, elected = EXCLUDED.elected
            """, logger: logger)
    }

    /// The dossier's status, if this event is later than the one that set it; a decision
    /// that comes before the dossier creates its row.
    static func move(_ id: ApplicationID, to status: DossierStatus, at instant: Date, granted: Money? = nil,
                     on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO indicator_dossiers (application_id, status, status_at, granted_cents)
            VALUES (\(id.uuid), \(status.rawValue), \(instant), \(granted?.cents))
            ON CONFLICT (application_id) DO UPDATE SET status = EXCLUDED.status, status_at = EXCLUDED.status_at,
                granted_cents = EXCLUDED.granted_cents
            WHERE indicator_dossiers.status_at <= EXCLUDED.status_at
            """, logger: logger)
    }

    static func saveSession(_ id: TrainingSessionID, format: TrainingFormat, theme: String, department: String, startsAt: Date,
                            capacity: Int, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO indicator_sessions (session_id, format, theme, department, year, capacity)
            VALUES (\(id.uuid), \(format.rawValue), \(theme), \(department),
                    extract(year FROM \(startsAt)::timestamptz AT TIME ZONE 'Europe/Paris')::int, \(capacity))
            ON CONFLICT (session_id) DO UPDATE SET format = EXCLUDED.format, theme = EXCLUDED.theme, department = EXCLUDED.department,
                year = EXCLUDED.year, capacity = EXCLUDED.capacity
            """, logger: logger)
    }

    /// A person's address as the indicators know it: counted once, never readable.
    static func digest(of email: String) -> String {
        SHA256.hash(data: Data(email.lowercased().utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
