import Configuration
import Logging
import Persistence
import PostgresNIO
import ServiceKit

/// The database the command-line tools work on: the service's own, from the same variables,
/// with its migrations applied (under their advisory lock, so a running service is no bother).
enum CommandDatabase {
    static func withClient(_ body: (PostgresClient, Logger) async throws -> Void) async throws {
        let configuration = try ServiceConfiguration(service: "applications", defaultHTTPPort: 8081,
                                                     reader: ConfigReader(provider: EnvironmentVariablesProvider()))
        var logger = Logger(label: "applications-command")
        logger.logLevel = .warning
        let client = configuration.postgres.makeClient()
        try await withRunningServices([client], logger: logger) {
            try await MigrationRunner(migrations: PlatformMigrations.all + ApplicationsMigrations.all).apply(on: client, logger: logger)
            try await body(client, logger)
        }
    }
}
