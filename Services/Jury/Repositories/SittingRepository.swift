import Foundation
import StaffAccess
import Logging
import Model
import Persistence
import PostgresNIO

/// Sittings with their calls and members, and their agendas.
struct SittingRepository: Sendable {
    let logger: Logger

    /// Records the sitting and puts on its agenda the dossiers of its calls complete (or
    /// deferred) before its cut-off and not already on the agenda of a sitting still open.
    /// - Returns: how many dossiers went on the agenda.
    func insert(_ sitting: Sitting, on connection: PostgresConnection) async throws -> Int {
        try await connection.query("""
            INSERT INTO sittings (id, sitting_date, cut_off, quorum)
            VALUES (\(sitting.id.uuid), \(sitting.sittingDate.description)::date, \(sitting.cutOff), \(sitting.quorum))
            """, logger: logger)
        try await connection.query("""
            INSERT INTO sitting_calls (sitting_id, call_id) SELECT \(sitting.id.uuid), unnest(\(sitting.callIds.map(\.uuid)))
            """, logger: logger)
        try await connection.query("""
            INSERT INTO sitting_members (sitting_id, member_id, role)
            SELECT \(sitting.id.uuid), unnest(\(sitting.members.map(\.memberId))), unnest(\(sitting.members.map(\.role.rawValue)))
            """, logger: logger)
        return try await placeOnAgenda(sitting, on: connection)
    }

    /// Puts on the sitting's agenda every dossier of its calls the jury knows complete (or
    /// deferred) before its cut-off and not on another open sitting's agenda; the same rule
    /// the applications and notifications services apply to `JurySittingScheduled`.
    /// - Returns: how many dossiers it added.
    func placeOnAgenda(_ sitting: Sitting, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("""
            WITH placed AS (
                INSERT INTO agenda (sitting_id, application_id)
                SELECT \(sitting.id.uuid), d.application_id FROM dossiers d
                WHERE d.call_id = ANY(\(sitting.callIds.map(\.uuid))) AND d.status IN ('complete', 'deferred')
                  AND d.completed_at < \(sitting.cutOff)
                  AND NOT EXISTS (SELECT 1 FROM agenda a JOIN sittings s ON s.id = a.sitting_id
                                  WHERE a.application_id = d.application_id AND s.closed_at IS NULL)
                RETURNING application_id)
            SELECT count(*)::integer FROM placed
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// - Parameter forUpdate: lock the sitting first, which serialises its decisions with its closing.
    func find(_ id: JurySessionID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> Sitting? {
        if forUpdate {
            try await connection.query("SELECT 1 FROM sittings WHERE id = \(id.uuid) FOR UPDATE", logger: logger)
        }
        return try await list(ids: [id.uuid], on: connection).first
    }

    /// Every sitting, the latest first.
    func all(on connection: PostgresConnection) async throws -> [Sitting] {
        try await list(ids: nil, on: connection)
    }

    private func list(ids: [UUID]?, on connection: PostgresConnection) async throws -> [Sitting] {
        let rows = try await connection.query("""
            SELECT s.id, s.sitting_date::text, s.cut_off, s.quorum, s.closed_at,
                   (SELECT coalesce(array_agg(call_id ORDER BY call_id), '{}') FROM sitting_calls WHERE sitting_id = s.id),
                   coalesce(seats.ids, '{}'), coalesce(seats.names, '{}'), coalesce(seats.roles, '{}'), coalesce(seats.presence, '{}')
            FROM sittings s
            -- The members' columns in one pass, in one order: chair first, then by name.
            LEFT JOIN LATERAL (
                SELECT array_agg(m.id ORDER BY sm.role, m.display_name) AS ids, array_agg(m.display_name ORDER BY sm.role, m.display_name) AS names,
                       array_agg(sm.role ORDER BY sm.role, m.display_name) AS roles, array_agg(sm.present ORDER BY sm.role, m.display_name) AS presence
                FROM sitting_members sm JOIN accounts m ON m.id = sm.member_id WHERE sm.sitting_id = s.id) seats ON true
            WHERE \(ids == nil) OR s.id = ANY(\(ids ?? []))
            ORDER BY s.sitting_date DESC, s.created_at DESC
            """, logger: logger)
        var sittings: [Sitting] = []
        for try await (id, date, cutOff, quorum, closedAt, calls, memberIds, names, roles, presence) in rows.decode(
            (UUID, String, Date, Int, Date?, [UUID], [UUID], [String], [String], [Bool]).self) {
            guard let date = LocalDate(iso8601: date) else { throw UnknownStoredValue(column: "sittings.sitting_date", value: date) }
            let members = try memberIds.indices.map { index in
                SittingMember(memberId: memberIds[index], displayName: names[index],
                              role: try storedValue(SittingRole.self, roles[index], column: "sitting_members.role"), present: presence[index])
            }
            sittings.append(Sitting(id: JurySessionID(id), sittingDate: date, cutOff: cutOff, quorum: quorum,
                                    callIds: calls.map(CallID.init), members: members, closedAt: closedAt))
        }
        return sittings
    }

    /// The date of the latest sitting, if any.
    func lastDate(on connection: PostgresConnection) async throws -> LocalDate? {
        let rows = try await connection.query("SELECT max(sitting_date)::text FROM sittings", logger: logger)
        for try await date in rows.decode(String?.self) { return date.flatMap { LocalDate(iso8601: $0) } }
        return nil
    }

    /// Freezes the sitting with the members who attended.
    func close(_ id: JurySessionID, at instant: Date, presentMembers: [UUID], on connection: PostgresConnection) async throws {
        try await connection.query("UPDATE sittings SET closed_at = \(instant) WHERE id = \(id.uuid)", logger: logger)
        try await connection.query("""
            UPDATE sitting_members SET present = member_id = ANY(\(presentMembers)) WHERE sitting_id = \(id.uuid)
            """, logger: logger)
    }
}
