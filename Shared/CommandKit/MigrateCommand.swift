import ArgumentParser
import Persistence

/// `<service> migrate`: applies the service's pending migrations (as the service does when it
/// starts), or with `--dry-run` lists them and changes nothing.
public struct MigrateCommand: AsyncParsableCommand, Sendable {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "migrate", abstract: "Applique les migrations en attente du schéma du service.")
    }

    @Flag(name: .customLong("dry-run"), help: "Liste les migrations qui seraient appliquées, sans rien changer.")
    var dryRun = false

    public init() {}

    /// Called by `main.swift` (see `runTool`) with the service's database.
    public func migrate(_ database: CommandDatabase) async throws {
        let runner = try database.migrationRunner
        try await database.withClient(migrating: false) { client, logger in
            let pending = try await runner.pending(on: client, logger: logger)
            for migration in pending {
                print("\(migration.version) \(migration.name)")
            }
            if dryRun {
                print(pending.isEmpty ? "aucune migration en attente" : "\(pending.count) migration(s) à appliquer (--dry-run : rien n'est changé)")
            } else {
                let applied = try await runner.apply(on: client, logger: logger)
                print(applied.isEmpty ? "aucune migration en attente" : "\(applied.count) migration(s) appliquée(s)")
            }
        }
    }
}
