import Foundation
import Logging
import Model
import PostgresNIO

/// What the applications service has declared complete and the jury has not received yet.
struct CallCompletionRepository: Sendable {
    let logger: Logger

    /// Per call (all calls when `calls` is nil), how many dossiers declared complete in the
    /// applications service are missing from the jury's view; calls missing none are left out.
    func notYetReceived(calls: [CallID]?, on connection: PostgresConnection) async throws -> [CallID: Int] {
        let rows = try await connection.query("""
            SELECT c.call_id, c.announced - (SELECT count(*)::int FROM dossiers d WHERE d.call_id = c.call_id AND d.completed_at IS NOT NULL)
            FROM call_completions c
            WHERE \(calls?.map(\.uuid))::uuid[] IS NULL OR c.call_id = ANY(\(calls?.map(\.uuid)))
            """, logger: logger)
        var missing: [CallID: Int] = [:]
        for try await (call, count) in rows.decode((UUID, Int).self) where count > 0 { missing[CallID(call)] = count }
        return missing
    }
}
