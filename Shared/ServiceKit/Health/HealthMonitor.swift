import Kafka
import Persistence
import Logging
import Metrics
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// Probes the database and the broker in the background and keeps the last result for
/// `/health/ready`. Logs each change once: which dependency, at which address, and why.
public final class HealthMonitor: Service, Sendable {
    private let service: String
    private let database: PostgresClient
    private let databaseAddress: String
    private let broker: KafkaAdmin
    private let brokerAddress: String
    private let schemaGate: StartGate
    private let interval: Duration
    private let logger: Logger
    private let checks: Mutex<[String: DependencyHealth]>
    private let readyGauge = Gauge(label: "service_ready")
    private let outboxAgeGauge = Gauge(label: "outbox_oldest_unsent_seconds")

    public init(service: String, database: PostgresClient, databaseAddress: String, broker: KafkaAdmin, brokerAddress: String,
                schemaGate: StartGate, interval: Duration, logger: Logger) {
        self.service = service
        self.database = database
        self.databaseAddress = databaseAddress
        self.broker = broker
        self.brokerAddress = brokerAddress
        self.schemaGate = schemaGate
        self.interval = interval
        self.logger = logger
        self.checks = Mutex([
            "database": DependencyHealth(status: .pending, address: databaseAddress),
            "broker": DependencyHealth(status: .pending, address: brokerAddress),
            "schema": DependencyHealth(status: .pending),
        ])
    }

    /// The last probe's results.
    public var report: HealthReport {
        HealthReport(service: service, checks: checks.withLock { $0 })
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.probe()
                try? await Task.sleep(for: self.interval)
            }
        }
    }

    /// Probes both dependencies once, concurrently.
    public func probe() async {
        async let databaseHealth = probeDatabase()
        async let brokerHealth = probeBroker()
        let (databaseResult, brokerResult) = await (databaseHealth, brokerHealth)
        update("database", databaseResult)
        update("broker", brokerResult)
        update("schema", schemaGate.isOpen ? DependencyHealth(status: .up) : DependencyHealth(status: .pending, error: "migrations or topics not ready yet"))
        readyGauge.record(report.ready ? 1 : 0)
        if databaseResult.status == .up && schemaGate.isOpen, let age = await oldestUnsentAge() {
            outboxAgeGauge.record(age)
        }
    }

    /// How long the oldest event of the outbox has waited to be published, in seconds (0 when
    /// none waits), for the monitoring's `OutboxStuck` alert.
    private func oldestUnsentAge() async -> Double? {
        let age = Mutex<Double?>(nil)
        do {
            try await withDeadline(.seconds(2)) { [database, logger] in
                let rows = try await database.query("""
                    SELECT coalesce((SELECT extract(epoch FROM now() - created_at)::float8 FROM outbox WHERE sent_at IS NULL
                                     ORDER BY position LIMIT 1), 0)
                    """, logger: logger)
                for try await seconds in rows.decode(Double.self) { age.withLock { $0 = seconds } }
            }
        } catch {
            return nil
        }
        return age.withLock { $0 }
    }

    private func probeDatabase() async -> DependencyHealth {
        do {
            try await withDeadline(.seconds(2)) { [database, logger] in
                try await database.query("SELECT 1", logger: logger)
            }
            return DependencyHealth(status: .up, address: databaseAddress)
        } catch {
            return DependencyHealth(status: .down, address: databaseAddress, error: Self.describe(error))
        }
    }

    private func probeBroker() async -> DependencyHealth {
        do {
            try await broker.checkBroker(timeout: .seconds(2))
            return DependencyHealth(status: .up, address: brokerAddress)
        } catch {
            return DependencyHealth(status: .down, address: brokerAddress, error: "\(error)")
        }
    }

    /// Stores a probe's result and logs a change of a dependency with an address (the
    /// schema's readiness is logged by ``PlatformBootstrap``).
    private func update(_ name: String, _ health: DependencyHealth) {
        let previous = checks.withLock { checks in
            defer { checks[name] = health }
            return checks[name]?.status
        }
        guard previous != health.status, let address = health.address else { return }
        switch health.status {
        case .down:
            logger.error("\(name) unreachable at \(address)", metadata: ["dependency": "\(name)", "error": "\(health.error ?? "")"])
        case .up:
            logger.info("\(name) reachable at \(address)", metadata: ["dependency": "\(name)"])
        case .pending:
            break
        }
    }

    static func describe(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            return "\(psql.code)"
        }
        return "\(error)"
    }
}
