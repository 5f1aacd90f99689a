import Events
import Kafka
import Logging
import Persistence
import PostgresNIO
import ServiceLifecycle

/// Start-up work that needs the database and the broker: migrations, then topics.
///
/// It retries until both succeed, so a service can start before its dependencies and
/// become ready when they come; then it opens the gate that relays and consumers wait on.
public final class PlatformBootstrap: Service, Sendable {
    private let client: PostgresClient
    private let databaseAddress: String
    private let admin: KafkaAdmin
    private let migrations: MigrationRunner
    private let topics: [String]
    private let gate: StartGate
    private let logger: Logger

    public init(client: PostgresClient, databaseAddress: String, admin: KafkaAdmin, migrations: MigrationRunner,
                topics: [Topic], gate: StartGate, logger: Logger) {
        self.client = client
        self.databaseAddress = databaseAddress
        self.admin = admin
        self.migrations = migrations
        // Every topic touched gets its dead-letter companion.
        self.topics = topics.flatMap { [$0.name, $0.deadLetter.name] }
        self.gate = gate
        self.logger = logger
    }

    public func run() async throws {
        let ready = try await cancelWhenGracefulShutdown { () -> Bool in
            do {
                try await self.retrying("migrations at \(self.databaseAddress)") {
                    try await self.migrations.apply(on: self.client, logger: self.logger)
                }
                try await self.retrying("topic creation") {
                    try await self.admin.createTopics(self.topics)
                }
                return true
            } catch is CancellationError {
                return false
            }
        }
        guard ready else { return }
        gate.open()
        logger.info("schema and topics ready")
        // Stay in the group: a service that returns would stop its siblings.
        try? await gracefulShutdown()
    }

    private func retrying(_ what: String, _ work: @Sendable () async throws -> Void) async throws {
        var backoff: Duration = .milliseconds(250)
        while true {
            do {
                try await work()
                return
            } catch let error as MigrationError {
                // A divergent history will not heal by waiting: stop the service.
                logger.critical("\(what) refused: \(error)")
                throw error
            } catch {
                try Task.checkCancellation()
                logger.warning("\(what) failed, retrying in \(backoff)", metadata: ["error": "\(HealthMonitor.describe(error))"])
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(5))
            }
        }
    }
}
