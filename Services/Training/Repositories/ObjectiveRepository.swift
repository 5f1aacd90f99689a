import Foundation
import Logging
import Model
import PostgresNIO

/// Counts the elected officials who attended at least one session, in all and by département,
/// theme and kind (a person who attended two sessions of one theme counts once there).
struct ObjectiveRepository: Sendable {
    let logger: Logger

    func objective(on connection: PostgresConnection) async throws -> Objective {
        let elected = TraineeRole.allCases.filter(\.isElected).map(\.rawValue)
        let total = try await connection.query("""
            SELECT count(DISTINCT email_digest)::int FROM registrations WHERE attended AND role = ANY(\(elected))
            """, logger: logger)
        var trained = 0
        for try await count in total.decode(Int.self) { trained = count }
        let rows = try await connection.query("""
            SELECT 'department', s.department, count(DISTINCT r.email_digest)::int FROM registrations r JOIN sessions s ON s.id = r.session_id
            WHERE r.attended AND r.role = ANY(\(elected)) GROUP BY s.department
            UNION ALL
            SELECT 'theme', s.theme, count(DISTINCT r.email_digest)::int FROM registrations r JOIN sessions s ON s.id = r.session_id
            WHERE r.attended AND r.role = ANY(\(elected)) GROUP BY s.theme
            UNION ALL
            SELECT 'kind', s.kind, count(DISTINCT r.email_digest)::int FROM registrations r JOIN sessions s ON s.id = r.session_id
            WHERE r.attended AND r.role = ANY(\(elected)) GROUP BY s.kind
            """, logger: logger)
        var counts: [String: [String: Int]] = [:]
        for try await (dimension, code, count) in rows.decode((String, String, Int).self) { counts[dimension, default: [:]][code] = count }
        let themes = try await SessionRepository(logger: logger).themes(on: connection)
        return Objective(
            trained: trained,
            byDepartment: Department.names.map { Objective.Line(code: $0.code, label: $0.name, trained: counts["department"]?[$0.code] ?? 0) },
            byTheme: themes.map { Objective.Line(code: $0.code, label: $0.label, trained: counts["theme"]?[$0.code] ?? 0) },
            byKind: TrainingFormat.allCases.map { Objective.Line(code: $0.rawValue, label: $0.frenchLabel, trained: counts["kind"]?[$0.rawValue] ?? 0) })
    }
}
