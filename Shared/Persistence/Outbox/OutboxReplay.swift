import Foundation
import Logging
import PostgresNIO

/// Marks a schema's sent outbox rows unsent again, so that its relay publishes them once more.
public enum OutboxReplay {
    /// What a replay found.
    public struct Result: Sendable {
        /// Rows written since the instant, now waiting for the relay.
        public var count: Int
        /// The oldest row the outbox still holds: a replay cannot go further back (sent rows
        /// are deleted after the relay's retention).
        public var oldestKept: Date?
    }

    /// Marks every row written at or after `since` unsent, and wakes the relay.
    public static func markUnsent(since: Date, on client: PostgresClient, logger: Logger) async throws -> Result {
        try await client.transaction(logger: logger) { connection in
            let rows = try await connection.query("""
                WITH replayed AS (
                    UPDATE outbox SET sent_at = NULL WHERE created_at >= \(since) RETURNING 1
                )
                SELECT (SELECT count(*) FROM replayed), (SELECT min(created_at) FROM outbox)
                """, logger: logger)
            var result = Result(count: 0, oldestKept: nil)
            for try await (count, oldest) in rows.decode((Int, Date?).self) {
                result = Result(count: count, oldestKept: oldest)
            }
            // The relay listens on this channel; it would find the rows at its next poll anyway.
            _ = try await connection.query("SELECT pg_notify('outbox_' || current_schema(), '')", logger: logger)
            return result
        }
    }
}
