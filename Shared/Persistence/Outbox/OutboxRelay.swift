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

    /// Keeps up to `pipelineDepth` batches in flight: while the broker acknowledges one batch,
    /// the next is claimed and enqueued, so database and broker work overlap. Batches are
    /// enqueued in position order and marked in that order.
    ///
    /// Claims follow a cursor (the last claimed position) so in-flight rows are not claimed
    /// twice. A row whose transaction committed after later positions were claimed lies
    /// behind the cursor: its commit rings the doorbell, and the relay looks again from the
    /// oldest unsent row after each wait, and at least every `rescanEvery` batches.
    ///
    /// A claim that returns fewer rows than asked took every row visible after the cursor:
    /// the relay then marks what is in flight and waits for the doorbell, instead of asking
    /// again for rows that are not there (at a trickle, two statements per wake-up instead
    /// of five).
    private func relayLoop(on connection: PostgresConnection) async throws {
        var pending: [InFlightBatch] = []
        var lastEnqueue: Task<KafkaDeliveries, Never>?
        var cursor: Int64 = 0
        var claimsSinceRescan = 0
        var dry = false
        var backoff = configuration.initialBackoff
        var lastCleanup = ContinuousClock.now
        while !Task.isCancelled {
            if !dry && pending.count < configuration.pipelineDepth && claimsSinceRescan < configuration.rescanEvery {
                let claimed = try await claim(after: cursor, on: connection)
                dry = claimed.positions.count < configuration.batchSize
                if let last = claimed.positions.last {
                    cursor = last
                    claimsSinceRescan += 1
                    // Enqueue on a task of its own, chained to the previous one to keep the
                    // order, so the next claim runs while these records are handed over.
                    let previous = lastEnqueue
                    let producer = self.producer
                    let enqueue = Task {
                        _ = await previous?.value
                        return await producer.enqueue(claimed.messages)
                    }
                    lastEnqueue = enqueue
                    pending.append(InFlightBatch(positions: claimed.positions, deliveries: enqueue))
                    continue
                }
            }
            guard !pending.isEmpty else {
                if dry {
                    // Everything visible is published: tidy up now and then, and wait to be woken
                    // (a ring since the claim is remembered, so no commit is missed).
                    if ContinuousClock.now - lastCleanup > .seconds(3600) {
                        try await deleteOldSentRows(on: connection)
                        lastCleanup = .now
                    }
                    await doorbell.wait(timeout: configuration.pollInterval)
                }
                // Look again from the oldest unsent row.
                cursor = 0
                claimsSinceRescan = 0
                dry = false
                continue
            }
            let oldest = pending.removeFirst()
            if try await complete(oldest, on: connection) {
                backoff = configuration.initialBackoff
            } else {
                // Let what is in flight settle, then start again from the oldest unsent row.
                for batch in pending { _ = try await complete(batch, on: connection) }
                pending.removeAll()
                cursor = 0
                claimsSinceRescan = 0
                dry = false
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, configuration.maximumBackoff)
            }
        }
    }

    struct InFlightBatch {
        let positions: [Int64]
        let deliveries: Task<KafkaDeliveries, Never>
    }

    /// The oldest unsent rows after `cursor`, in position order.
    func claim(after cursor: Int64, on connection: PostgresConnection) async throws -> (positions: [Int64], messages: [KafkaOutgoingMessage]) {
        let rows = try await connection.query("""
            SELECT position, topic, message_key, payload FROM outbox
            WHERE sent_at IS NULL AND position > \(cursor) ORDER BY position LIMIT \(configuration.batchSize)
            """, logger: logger)
        var positions: [Int64] = []
        var messages: [KafkaOutgoingMessage] = []
        for try await (position, topic, key, payload) in rows.decode((Int64, String, String, ByteBuffer).self) {
            positions.append(position)
            messages.append(KafkaOutgoingMessage(topic: topic, key: key, value: Array(payload.readableBytesView)))
        }
        return (positions, messages)
    }

    /// Waits for a batch's acknowledgements and marks the acknowledged rows sent.
    /// - Returns: whether every record of the batch was acknowledged.
    private func complete(_ batch: InFlightBatch, on connection: PostgresConnection) async throws -> Bool {
        let results = await batch.deliveries.value.results()
        var sent: [Int64] = []
        var firstError: KafkaError?
        for (position, result) in zip(batch.positions, results) {
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
        guard let firstError else { return true }
        failedCounter.increment(by: batch.positions.count - sent.count)
        logger.warning("outbox relay could not publish \(batch.positions.count - sent.count) events: \(firstError)")
        return false
    }

    private func deleteOldSentRows(on connection: PostgresConnection) async throws {
        let seconds = Double(configuration.retention.components.seconds)
        try await connection.query(
            "DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => \(seconds))", logger: logger)
    }
}
