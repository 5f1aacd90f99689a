import Foundation
import Logging
import Persistence
import PostgresNIO
import ServiceLifecycle

/// Deletes the API tokens and page sessions past their expiry, so that the tables hold only
/// what can still open something.
public struct ExpiredAccessSweeper: Service {
    let database: PostgresClient
    let interval: Duration
    let clock: @Sendable () -> Date
    let startGate: StartGate
    let logger: Logger

    public init(database: PostgresClient, interval: Duration = .seconds(3600), clock: @escaping @Sendable () -> Date,
                startGate: StartGate, logger: Logger) {
        self.database = database
        self.interval = interval
        self.clock = clock
        self.startGate = startGate
        self.logger = logger
    }

    public func run() async throws {
        try await startGate.wait()
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let removed = try await Self.removeExpired(now: clock(), on: database, logger: logger)
                    if removed.tokens + removed.sessions > 0 {
                        logger.info("expired access removed", metadata: ["tokens": "\(removed.tokens)", "sessions": "\(removed.sessions)"])
                    }
                } catch {
                    // The database is away: the next round tries again.
                    logger.warning("expired access could not be removed", metadata: ["error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// Deletes what expired before `now`; returns how many tokens and sessions went.
    public static func removeExpired(now: Date, on database: PostgresClient, logger: Logger) async throws -> (tokens: Int, sessions: Int) {
        try await database.transaction(logger: logger) { connection in
            let tokens = try await connection.query("DELETE FROM api_tokens WHERE expires_at <= \(now) RETURNING 1", logger: logger)
                .collect().count
            let sessions = try await connection.query("DELETE FROM web_sessions WHERE expires_at <= \(now) RETURNING 1", logger: logger)
                .collect().count
            return (tokens, sessions)
        }
    }
}
