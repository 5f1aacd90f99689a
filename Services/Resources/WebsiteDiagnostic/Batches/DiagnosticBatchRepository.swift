import Foundation
import Logging
import PostgresNIO

/// Batches, the sites each one covers, and which are done.
struct DiagnosticBatchRepository: Sendable {
    let logger: Logger

    /// A new batch over these sites (every site with a website when `nil`).
    func create(_ id: UUID, at now: Date, deadline: Date, concurrency: Int, websiteIds: [UUID]?, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO diagnostic_batches (id, started_at, deadline, concurrency) VALUES (\(id), \(now), \(deadline), \(concurrency))
            """, logger: logger)
        try await connection.query("""
            INSERT INTO diagnostic_batch_sites (batch_id, website_id)
            SELECT \(id), id FROM websites WHERE \(websiteIds == nil) OR id = ANY(\(websiteIds ?? []))
            """, logger: logger)
    }

    func find(_ id: UUID, on connection: PostgresConnection) async throws -> DiagnosticBatch? {
        try await batches(where: id, latest: false, on: connection).first
    }

    /// The newest batch, for the back office's progress.
    func latest(on connection: PostgresConnection) async throws -> DiagnosticBatch? {
        try await batches(where: nil, latest: true, on: connection).first
    }

    /// Batches not finished: interrupted by a crash or a stop, or waiting for a runner.
    func unfinished(on connection: PostgresConnection) async throws -> [UUID] {
        let rows = try await connection.query("SELECT id FROM diagnostic_batches WHERE finished_at IS NULL ORDER BY started_at", logger: logger)
        var ids: [UUID] = []
        for try await id in rows.decode(UUID.self) { ids.append(id) }
        return ids
    }

    /// The batch's sites not yet diagnosed.
    func pending(_ id: UUID, on connection: PostgresConnection) async throws -> [Website] {
        try await WebsiteRepository(logger: logger).all(on: connection, pendingIn: id)
    }

    func markDone(_ id: UUID, website: UUID, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE diagnostic_batch_sites SET done = true WHERE batch_id = \(id) AND website_id = \(website)
            """, logger: logger)
    }

    func finish(_ id: UUID, outcome: DiagnosticBatch.Outcome, at now: Date, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE diagnostic_batches SET finished_at = \(now), outcome = \(outcome.rawValue) WHERE id = \(id) AND finished_at IS NULL
            """, logger: logger)
    }

    private func batches(where id: UUID?, latest: Bool, on connection: PostgresConnection) async throws -> [DiagnosticBatch] {
        let rows = try await connection.query("""
            SELECT b.id, b.started_at, b.deadline, b.concurrency, b.finished_at, b.outcome,
                   (SELECT count(*)::int FROM diagnostic_batch_sites s WHERE s.batch_id = b.id),
                   (SELECT count(*)::int FROM diagnostic_batch_sites s WHERE s.batch_id = b.id AND s.done)
            FROM diagnostic_batches b WHERE b.id = \(id) OR \(latest)
            ORDER BY b.started_at DESC LIMIT 1
            """, logger: logger)
        var found: [DiagnosticBatch] = []
        for try await (id, started, deadline, concurrency, finished, outcome, total, done)
            in rows.decode((UUID, Date, Date, Int, Date?, String?, Int, Int).self) {
            found.append(DiagnosticBatch(id: id, startedAt: started, deadline: deadline, concurrency: concurrency, finishedAt: finished,
                                         outcome: outcome.flatMap(DiagnosticBatch.Outcome.init(rawValue:)), total: total, done: done))
        }
        return found
    }
}
