@testable import Applications
import Foundation
@testable import Jury
@testable import Notifications
import Persistence
@testable import Resources
import Testing
@testable import Training

/// Each service's schema, freshly migrated and dumped by `pg_dump --schema-only`, is the one
/// committed in `docs/schemas/`: a migration cannot change the schema unnoticed, and a
/// reader sees the tables without replaying the history. After an intended change, run once
/// with IPC_RECORD_SCHEMAS=1 and review the diff.
@Suite("Schema snapshots", .platform, .serialized)
struct SchemaSnapshotTests {
    static let services: [String: [Migration]] = [
        "applications": ApplicationsMigrations.all, "jury": JuryMigrations.all, "notifications": NotificationsMigrations.all,
        "training": TrainingMigrations.all, "resources": ResourcesMigrations.all,
    ]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/schemas")

    @Test("The migrations produce the committed schema", arguments: services.keys.sorted())
    func snapshot(service: String) async throws {
        let schema = TestSchema.make("snapshot_\(service)")
        let dump = try await withRunningServices([schema.client]) {
            try await schema.create(migrations: Self.services[service] ?? [], logger: TestEnvironment.logger)
            let dump = try Self.dump(schema.name)
            await schema.drop(logger: TestEnvironment.logger)
            return dump
        }
        let url = Self.folder.appendingPathComponent("\(service).sql")
        if ProcessInfo.processInfo.environment["IPC_RECORD_SCHEMAS"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(dump.utf8).write(to: url)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == dump, "docs/schemas/\(service).sql differs from what the migrations produce: run IPC_RECORD_SCHEMAS=1 swift test --filter SchemaSnapshotTests")
    }

    /// `pg_dump --schema-only` of one schema, without the session settings, comments and the
    /// schema's (random) name, so that two dumps of the same history are equal.
    static func dump(_ schema: String) throws -> String {
        let process = Process()
        let versioned = "/usr/lib/postgresql/15/bin/pg_dump"
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: versioned) ? versioned : "/usr/bin/pg_dump")
        process.arguments = ["--host", TestEnvironment.postgresHost, "--port", "\(TestEnvironment.postgresPort)",
                             "--username", TestEnvironment.value("IPC_TEST_ADMIN_USER"), "--dbname", TestEnvironment.database,
                             "--schema-only", "--no-owner", "--no-privileges", "--schema", schema]
        process.environment = ["PGPASSWORD": TestEnvironment.value("IPC_TEST_ADMIN_PASSWORD"), "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "pg_dump exited with \(process.terminationStatus)")
        var lines: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("--") || line.hasPrefix("SET ") || line.hasPrefix("SELECT pg_catalog.set_config")
                || line.hasPrefix("\\restrict") || line.hasPrefix("\\unrestrict") || line.hasPrefix("CREATE SCHEMA ") {
                continue
            }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line.replacingOccurrences(of: schema + ".", with: ""))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
