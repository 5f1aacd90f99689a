import Foundation
import Logging
import Model
import PostgresNIO

/// The frozen annual diagnostics; their figures are kept as the JSON they were published in.
struct DiagnosticRepository: Sendable {
    let logger: Logger

    /// Records a snapshot; `false` if its year was already frozen (the existing one stays).
    func insert(_ snapshot: DiagnosticSnapshot, on connection: PostgresConnection) async throws -> Bool {
        let figures = String(decoding: try JSONEncoder().encode(snapshot.figures), as: UTF8.self)
        let rows = try await connection.query("""
            INSERT INTO diagnostic_snapshots (year, figures, frozen_at, frozen_by, publication_id)
            VALUES (\(snapshot.year), \(figures)::jsonb, \(snapshot.frozenAt), \(snapshot.frozenBy), \(snapshot.publicationId.uuid))
            ON CONFLICT (year) DO NOTHING RETURNING year
            """, logger: logger)
        for try await _ in rows { return true }
        return false
    }

    /// Every snapshot, the latest year first; or with `year`, that year's alone.
    func all(year: Int? = nil, on connection: PostgresConnection) async throws -> [DiagnosticSnapshot] {
        let rows = try await connection.query("""
            SELECT year, figures::text, frozen_at, frozen_by, publication_id FROM diagnostic_snapshots
            WHERE \(year)::int IS NULL OR year = \(year) ORDER BY year DESC
            """, logger: logger)
        var snapshots: [DiagnosticSnapshot] = []
        for try await (year, figures, frozenAt, frozenBy, publication) in rows.decode((Int, String, Date, String, UUID).self) {
            snapshots.append(DiagnosticSnapshot(year: year, figures: try JSONDecoder().decode(ProgrammeIndicators.self, from: Data(figures.utf8)),
                                                frozenAt: frozenAt, frozenBy: frozenBy, publicationId: PublicationID(publication)))
        }
        return snapshots
    }
}
