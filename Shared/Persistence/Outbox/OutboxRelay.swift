import Foundation
import Kafka
import Logging
import Metrics
import PostgresNIO
import ServiceLifecycle
import Synchronization

/// Publishes a schema's outbox rows, in order, and marks them sent once acknowledged.
///
/// Among replicas of a service one relay is active: the one holding a session advisory
/// lock keyed by the schema; the others stand by and take over when its connection dies.
/// It wakes on the outbox trigger's NOTIFY and polls as a fallback. A crash between
/// publish and mark republishes the rows, which consumers' inboxes ignore.
public final class OutboxRelay: Service, Sendable {
    private let client: PostgresClient
    private let producer: KafkaProducer
    private let configuration: OutboxRelayConfiguration
    private let logger: Logger
    private let doorbell = Doorbell()
    private let active = Atomic<Bool>(false)
    private let startGate: StartGate?
    private let publishedCounter: Counter
    private let failedCounter: Counter
    /// Called after a batch is acknowledged and before it is marked sent; a test throws
    /// `CancellationError` here to stop the relay as a crash at the worst moment would.
    let afterPublish: (@Sendable ([Int64]) async throws -> Void)?

    /// - Parameter startGate: when given, the relay waits for it (migrations applied) before its first look.
    public convenience init(client: PostgresClient, producer: KafkaProducer, configuration: OutboxRelayConfiguration = .init(),
                            startGate: StartGate? = nil, logger: Logger) {
        self.init(client: client, producer: producer, configuration: configuration, startGate: startGate, logger: logger, afterPublish: nil)
    }

    init(client: PostgresClient, producer: KafkaProducer, configuration: OutboxRelayConfiguration, startGate: StartGate?,
         logger: Logger, afterPublish: (@Sendable ([Int64]) async throws -> Void)?) {
        self.startGate = startGate
        self.client = client
        self.producer = producer
        self.configuration = configuration
        self.logger = logger
        self.afterPublish = afterPublish
        self.publishedCounter = Counter(label: "outbox_published_total")
        self.failedCounter = Counter(label: "outbox_publish_failures_total")
    }

    /// Whether this relay holds the lock and publishes (the others stand by).
    public var isActive: Bool { active.load(ordering: .relaxed) }

    public func run() async throws {
        try await startGate?.wait()
        await cancelWhenGracefulShutdown {
            var backoff = self.configuration.initialBackoff
            while !Task.isCancelled {
                do {
                    let wasActive = try await self.runWhileActive()
                    backoff = self.configuration.initialBackoff
                    if !wasActive { try await Task.sleep(for: self.configuration.standbyInterval) }
                } catch is CancellationError {
                    return
                } catch {
                    guard !Task.isCancelled else { return }
                    self.logger.warning("outbox relay paused: \(String(reflecting: error))")
                    try? await Task.sleep(for: backoff)
                    backoff = min(backoff * 2, self.configuration.maximumBackoff)
                }
            }
        }
    }

    /// Publishes while holding the relay lock; returns `false` at once when another relay holds it.
    private func runWhileActive() async throws -> Bool {
        try await client.withConnection { connection in
            let lockRows = try await connection.query(
                "SELECT pg_try_advisory_lock(hashtext(current_schema() || '.outbox_relay')), current_schema()", logger: logger)
            var acquired = false
            var schema = ""
            for try await (locked, currentSchema) in lockRows.decode((Bool, String).self) {
                acquired = locked
                schema = currentSchema
            }
            guard acquired else { return false }
            logger.info("outbox relay active", metadata: ["schema": "\(schema)"])
            active.store(true, ordering: .relaxed)
            defer { active.store(false, ordering: .relaxed) }
            do {
                try await connection.listen(on: "outbox_\(schema)") { notifications in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            for try await _ in notifications { self.doorbell.ring() }
                        }
                        try await self.relayLoop(on: connection)
                        group.cancelAll()
                    }
                }
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(hashtext(current_schema() || '.outbox_relay'))", logger: logger)
                throw error
            }
            _ = try? await connection.query("SELECT pg_advisory_unlock(hashtext(current_schema() || '.outbox_relay'))", logger: logger)
            return true
        }
    }

    private func relayLoop(on connection: PostgresConnection) async throws {
        var backoff = configuration.initialBackoff
        var lastCleanup = ContinuousClock.now
        while !Task.isCancelled {
            let outcome = try await relayBatch(on: connection)
            switch outcome {
            case .empty:
                if ContinuousClock.now - lastCleanup > .seconds(3600) {
                    try await deleteOldSentRows(on: connection)
                    lastCleanup = .now
                }
                await doorbell.wait(timeout: configuration.pollInterval)
            case .published:
                backoff = configuration.initialBackoff
            case .partiallyFailed:
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, configuration.maximumBackoff)
            }
        }
    }

    enum BatchOutcome {
        case empty
        case published
        case partiallyFailed
    }

    /// One round: claim the oldest unsent rows, publish them, mark those acknowledged.
    func relayBatch(on connection: PostgresConnection) async throws -> BatchOutcome {
        let rows = try await connection.query("""
            SELECT position, topic, message_key, payload FROM outbox
            WHERE sent_at IS NULL ORDER BY position LIMIT \(configuration.batchSize)
            """, logger: logger)
        var positions: [Int64] = []
        var messages: [KafkaOutgoingMessage] = []
        for try await (position, topic, key, payload) in rows.decode((Int64, String, String, String).self) {
            positions.append(position)
            messages.append(KafkaOutgoingMessage(topic: topic, key: key, value: Array(payload.utf8)))
        }
        guard !messages.isEmpty else { return .empty }

        let results = await producer.send(messages)
        var sent: [Int64] = []
        var firstError: KafkaError?
        for (position, result) in zip(positions, results) {
            switch result {
            case .success: sent.append(position)
            case .failure(let error): firstError = firstError ?? error
            }
        }
        if let afterPublish { try await afterPublish(sent) }
        if !sent.isEmpty {
            try await connection.query("UPDATE outbox SET sent_at = now() WHERE position = ANY(\(sent))", logger: logger)
            publishedCounter.increment(by: sent.count)
        }
        if let firstError {
            failedCounter.increment(by: messages.count - sent.count)
            logger.warning("outbox relay could not publish \(messages.count - sent.count) events: \(firstError)")
            return .partiallyFailed
        }
        return .published
    }

    private func deleteOldSentRows(on connection: PostgresConnection) async throws {
        let seconds = Double(configuration.retention.components.seconds)
        try await connection.query(
            "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => \(seconds))", logger: logger)
    }
}
