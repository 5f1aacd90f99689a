import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Sessions in the training schema, with their theme's label and their waitlist's length.
struct SessionRepository: Sendable {
    let logger: Logger

    /// What the catalogue and the back office filter on.
    struct Filter: Sendable {
        var department: String?
        var theme: String?
        var kind: TrainingFormat?
        /// Sessions starting on this day or later.
        var from: Date?
        var statuses: [SessionStatus] = [.open]
    }

    func find(_ id: TrainingSessionID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> TrainingSession? {
        if forUpdate {
            try await connection.query("SELECT 1 FROM sessions WHERE id = \(id.uuid) FOR UPDATE", logger: logger)
        }
        let rows = try await connection.query("SELECT * FROM session_summaries WHERE id = \(id.uuid)", logger: logger)
        for try await row in rows { return try Self.decode(row.makeRandomAccess()) }
        return nil
    }

    /// Sessions by start, matching `filter`.
    func list(_ filter: Filter, on connection: PostgresConnection) async throws -> [TrainingSession] {
        let rows = try await connection.query("""
            SELECT * FROM session_summaries s
            WHERE s.status = ANY(\(filter.statuses.map(\.rawValue)))
              AND (\(filter.department)::text IS NULL OR s.department = \(filter.department))
              AND (\(filter.theme)::text IS NULL OR s.theme = \(filter.theme))
              AND (\(filter.kind?.rawValue)::text IS NULL OR s.kind = \(filter.kind?.rawValue))
              AND (\(filter.from)::timestamptz IS NULL OR s.starts_at >= \(filter.from))
            ORDER BY s.starts_at, s.title
            """, logger: logger)
        var sessions: [TrainingSession] = []
        for try await row in rows { sessions.append(try Self.decode(row.makeRandomAccess())) }
        return sessions
    }

    /// Stores a new session, or the edited fields of an existing one; the confirmed count and
    /// the status are the workflows' to change.
    func save(_ session: TrainingSession, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO sessions (id, kind, audience, title, theme, description, host, department, town, address, room, internet_connection,
                                  step_free_access, starts_at, ends_at, trainer, capacity, cancellation_deadline, status)
            VALUES (\(session.id.uuid), \(session.kind.rawValue), \(session.audience.rawValue), \(session.title), \(session.theme.code),
                    \(session.description), \(session.host), \(session.department), \(session.town), \(session.address), \(session.room),
                    \(session.internetConnection), \(session.stepFreeAccess), \(session.startsAt), \(session.endsAt), \(session.trainer),
                    \(session.capacity), \(session.cancellationDeadline), \(session.status.rawValue))
            ON CONFLICT (id) DO UPDATE SET
                kind = EXCLUDED.kind, audience = EXCLUDED.audience, title = EXCLUDED.title, theme = EXCLUDED.theme,
                description = EXCLUDED.description, host = EXCLUDED.host, department = EXCLUDED.department, town = EXCLUDED.town,
                address = EXCLUDED.address, room = EXCLUDED.room, internet_connection = EXCLUDED.internet_connection,
                step_free_access = EXCLUDED.step_free_access, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                trainer = EXCLUDED.trainer, capacity = EXCLUDED.capacity, cancellation_deadline = EXCLUDED.cancellation_deadline,
                updated_at = now()
            """, logger: logger)
    }

    func setStatus(_ status: SessionStatus, reason: String? = nil, of id: TrainingSessionID, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE sessions SET status = \(status.rawValue), cancellation_reason = coalesce(\(reason), cancellation_reason), updated_at = now()
            WHERE id = \(id.uuid)
            """, logger: logger)
    }

    /// Adds `delta` to the confirmed count; the table's check refuses going over the capacity.
    func addConfirmed(_ delta: Int, to id: TrainingSessionID, on connection: PostgresConnection) async throws {
        try await connection.query("UPDATE sessions SET confirmed = confirmed + \(delta) WHERE id = \(id.uuid)", logger: logger)
    }

    /// The themes, in the brochure's order then by creation.
    func themes(on connection: PostgresConnection) async throws -> [Theme] {
        let rows = try await connection.query("SELECT code, label FROM themes ORDER BY position, code", logger: logger)
        var themes: [Theme] = []
        for try await (code, label) in rows.decode((String, String).self) { themes.append(Theme(code: code, label: label)) }
        return themes
    }

    /// The session in the 23 columns of `session_summaries`.
    static func decode(_ row: PostgresRandomAccessRow) throws -> TrainingSession {
        TrainingSession(
            id: TrainingSessionID(try row[0].decode(UUID.self)),
            kind: try storedValue(TrainingFormat.self, try row[1].decode(String.self), column: "sessions.kind"),
            audience: try storedValue(Audience.self, try row[2].decode(String.self), column: "sessions.audience"),
            title: try row[3].decode(String.self),
            theme: Theme(code: try row[4].decode(String.self), label: try row[5].decode(String.self)),
            description: try row[6].decode(String.self), host: try row[7].decode(String.self), department: try row[8].decode(String.self),
            town: try row[9].decode(String.self), address: try row[10].decode(String.self), room: try row[11].decode(String.self),
            internetConnection: try row[12].decode(Bool.self), stepFreeAccess: try row[13].decode(Bool.self),
            startsAt: try row[14].decode(Date.self), endsAt: try row[15].decode(Date.self), trainer: try row[16].decode(String.self),
            capacity: try row[17].decode(Int.self), confirmed: try row[18].decode(Int.self), waitlisted: try row[19].decode(Int.self),
            cancellationDeadline: try row[20].decode(Date.self),
            status: try storedValue(SessionStatus.self, try row[21].decode(String.self), column: "sessions.status"),
            cancellationReason: try row[22].decode(String?.self))
    }
}
