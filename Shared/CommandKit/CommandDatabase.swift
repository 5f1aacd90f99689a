import Configuration
import Kafka
import Logging
import Persistence
import PostgresNIO
import ServiceKit

/// The database a service's command-line tools work on: the service's own, from the same
/// variables, with its migrations applied (under their advisory lock, so a running service
/// is no bother).
public struct CommandDatabase: Sendable {
    public var service: String
    public var defaultHTTPPort: Int
    public var migrations: [Migration]

    public init(service: String, defaultHTTPPort: Int, migrations: [Migration]) {
        self.service = service
        self.defaultHTTPPort = defaultHTTPPort
        self.migrations = migrations
    }

    /// The migrations of the service's schema, the platform's first.
    public var migrationRunner: MigrationRunner {
        get throws { try MigrationRunner(migrations: PlatformMigrations.all + migrations) }
    }

    /// Runs `body` with a client of the service's database.
    /// - Parameter migrating: applies the pending migrations first (every tool but `migrate` itself).
    public func withClient(migrating: Bool = true, _ body: (PostgresClient, Logger) async throws -> Void) async throws {
        try await withPlatform(migrating: migrating) { client, _, logger in try await body(client, logger) }
    }

    /// Runs `body` with a client of the service's database and the broker's settings, from
    /// the same variables as the service's.
    public func withPlatform(migrating: Bool = true, _ body: (PostgresClient, KafkaConfiguration, Logger) async throws -> Void) async throws {
        let configuration = try ServiceConfiguration(service: service, defaultHTTPPort: defaultHTTPPort,
                                                     reader: ConfigReader.environment)
        var logger = Logger(label: "\(service)-command")
        logger.logLevel = .warning
        let client = configuration.postgres.makeClient()
        try await withRunningServices([client], logger: logger) {
            if migrating { try await migrationRunner.apply(on: client, logger: logger) }
            try await body(client, configuration.kafka, logger)
        }
    }
}
