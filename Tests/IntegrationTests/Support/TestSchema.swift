import Logging
import Persistence
import PostgresNIO

/// A schema made for one test and dropped after it, reached through the pool's `search_path`.
struct TestSchema {
    let name: String
    let client: PostgresClient

    /// Creates the schema and its pool; run the pool (it is a `Service`) before querying.
    static func make(_ prefix: String) -> TestSchema {
        let name = TestEnvironment.uniqueName(prefix)
        return TestSchema(name: name, client: TestEnvironment.postgres(schema: name).makeClient())
    }

    func create(migrations: [Migration], logger: Logger) async throws {
        try await client.query("CREATE SCHEMA \(unescaped: name)", logger: logger)
        try await MigrationRunner(migrations: PlatformMigrations.all + migrations).apply(on: client, logger: logger)
    }

    func drop(logger: Logger) async {
        _ = try? await client.query("DROP SCHEMA \(unescaped: name) CASCADE", logger: logger)
    }

    func count(_ query: PostgresQuery, logger: Logger) async throws -> Int {
        let rows = try await client.query(query, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// The first column of the first row, as text; `nil` when no row.
    func text(_ query: PostgresQuery, logger: Logger) async throws -> String? {
        let rows = try await client.query(query, logger: logger)
        for try await text in rows.decode(String?.self) { return text }
        return nil
    }
}
