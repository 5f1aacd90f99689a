import Logging
import PostgresNIO

/// Applies a schema's migrations in order, recording each in `schema_migrations`.
///
/// Replicas starting together serialise on an advisory lock keyed by the schema, so each
/// migration runs once; a history that is not a prefix of this build's list is refused
/// rather than patched over.
public struct MigrationRunner: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration]) throws {
        var seen = Set<Int>()
        for migration in migrations where !seen.insert(migration.version).inserted {
            throw MigrationError.duplicateVersion(migration.version)
        }
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Applies the pending migrations; returns the versions applied by this call.
    @discardableResult
    public func apply(on client: PostgresClient, logger: Logger) async throws -> [Int] {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(hashtext(current_schema() || '.schema_migrations'))", logger: logger)
            do {
                let applied = try await applyLocked(on: connection, logger: logger)
                try await connection.query("SELECT pg_advisory_unlock(hashtext(current_schema() || '.schema_migrations'))", logger: logger)
                return applied
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(hashtext(current_schema() || '.schema_migrations'))", logger: logger)
                throw error
            }
        }
    }

    /// The migrations this build would apply, after checking the recorded history; changes nothing.
    public func pending(on client: PostgresClient, logger: Logger) async throws -> [Migration] {
        try await client.withConnection { connection in
            let exists = try await connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger)
            for try await found in exists.decode(Bool.self) where !found { return migrations }
            return Array(migrations.dropFirst(try await checkedHistory(on: connection, logger: logger)))
        }
    }

    /// How many of this build's migrations the schema recorded; throws when its history diverges.
    private func checkedHistory(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        var recorded: [(version: Int, name: String, checksum: String)] = []
        let rows = try await connection.query("SELECT version, name, checksum FROM schema_migrations ORDER BY version", logger: logger)
        for try await (version, name, checksum) in rows.decode((Int, String, String).self) {
            recorded.append((version, name, checksum))
        }
        for (index, record) in recorded.enumerated() {
            guard index < migrations.count, migrations[index].version == record.version else {
                throw MigrationError.divergentHistory("version \(record.version) (\(record.name)) is recorded but is not migration #\(index + 1) of this build")
            }
            let known = migrations[index]
            guard known.name == record.name, known.accepts(checksum: record.checksum) else {
                throw MigrationError.divergentHistory("version \(record.version) (\(record.name)) was changed after it was applied")
            }
        }
        return recorded.count
    }

    private func applyLocked(on connection: PostgresConnection, logger: Logger) async throws -> [Int] {
        try await connection.query("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, logger: logger)
        let recordedCount = try await checkedHistory(on: connection, logger: logger)
        var applied: [Int] = []
        for migration in migrations.dropFirst(recordedCount) {
            try await connection.withTransaction(logger: logger) { connection in
                for step in migration.steps {
                    switch step {
                    case .sql(let statement): try await connection.query(statement, logger: logger)
                    case .code(_, let run): try await run(connection, logger)
                    }
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (\(migration.version), \(migration.name), \(migration.checksum))",
                    logger: logger)
            }
            logger.info("migration applied", metadata: ["migration.version": "\(migration.version)", "migration.name": "\(migration.name)"])
            applied.append(migration.version)
        }
        return applied
    }
}
