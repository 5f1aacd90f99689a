import Logging
import Persistence
import PostgresNIO
import Testing

@Suite("Migrations", .platform, .serialized)
struct MigrationRunnerTests {
    let logger = TestEnvironment.logger

    static let first = Migration(version: 1, name: "first", statements: ["CREATE TABLE first (id int PRIMARY KEY)"])
    static let second = Migration(version: 2, name: "second", statements: ["CREATE TABLE second (id int PRIMARY KEY)"])

    private func withSchema(_ body: (TestSchema, PostgresClient) async throws -> Void) async throws {
        let schema = TestSchema.make("it_migrations")
        let other = TestEnvironment.postgres(schema: schema.name).makeClient()
        try await withRunningServices([schema.client, other]) {
            try await schema.client.query("CREATE SCHEMA \(unescaped: schema.name)", logger: logger)
            try await body(schema, other)
            await schema.drop(logger: logger)
        }
    }

    @Test("Applies in order, records each version, and applies nothing the second time")
    func ordered() async throws {
        try await withSchema { schema, _ in
            let runner = try MigrationRunner(migrations: [Self.second, Self.first])
            #expect(try await runner.apply(on: schema.client, logger: logger) == [1, 2])
            #expect(try await runner.apply(on: schema.client, logger: logger) == [])
            #expect(try await schema.count("SELECT count(*)::int FROM schema_migrations", logger: logger) == 2)
        }
    }

    @Test("Two replicas starting at once apply each migration exactly once (advisory lock)")
    func concurrentReplicas() async throws {
        try await withSchema { schema, other in
            let runner = try MigrationRunner(migrations: [Self.first, Self.second])
            async let a = runner.apply(on: schema.client, logger: logger)
            async let b = runner.apply(on: other, logger: logger)
            let (appliedByA, appliedByB) = try await (a, b)
            #expect((appliedByA + appliedByB).sorted() == [1, 2])
        }
    }

    @Test("A history that diverges from the build is refused")
    func divergentHistory() async throws {
        try await withSchema { schema, _ in
            try await MigrationRunner(migrations: [Self.first, Self.second]).apply(on: schema.client, logger: logger)
            let edited = Migration(version: 2, name: "second", statements: ["CREATE TABLE second (id bigint PRIMARY KEY)"])
            await #expect(throws: MigrationError.self) {
                try await MigrationRunner(migrations: [Self.first, edited]).apply(on: schema.client, logger: logger)
            }
            await #expect(throws: MigrationError.self) {
                try await MigrationRunner(migrations: [Self.second]).apply(on: schema.client, logger: logger)
            }
        }
    }

    @Test("A failing migration leaves nothing behind")
    func atomic() async throws {
        try await withSchema { schema, _ in
            let broken = Migration(version: 1, name: "broken", statements: [
                "CREATE TABLE half (id int)",
                "CREATE TABLE half (id int)",
            ])
            await #expect(throws: (any Error).self) {
                try await MigrationRunner(migrations: [broken]).apply(on: schema.client, logger: logger)
            }
            let recorded = try await schema.count("SELECT count(*)::int FROM schema_migrations", logger: logger)
            let halfTables = try await schema.count(
                "SELECT count(*)::int FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'half'", logger: logger)
            #expect(recorded == 0)
            #expect(halfTables == 0)
        }
    }

    @Test("Duplicate versions in one build are a programming error")
    func duplicateVersions() {
        #expect(throws: MigrationError.duplicateVersion(1)) { try MigrationRunner(migrations: [Self.first, Self.first]) }
    }
}
