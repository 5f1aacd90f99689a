import Events
import Foundation
import Kafka
import Logging
import Metrics
import PostgresNIO
import ServiceLifecycle

/// Consumes topics into a service's schema, exactly once in effect.
///
/// Each polled batch is applied in one transaction that records the events' ids in the
/// inbox; the offsets are committed only afterwards. A redelivered event finds its id
/// already there and changes nothing. A record that is not a valid envelope, or an event
/// whose handler keeps failing while the database is healthy, goes to `<topic>.dlq` with
/// its error after bounded attempts, and consumption goes on. While the database is
/// unreachable, nothing is dead-lettered: the batch waits and is retried.
///
/// With a `startGate`, it joins its group only once the gate opens (migrations applied),
/// so that no event meets a schema that is not ready.
public final class EventConsumer: Service, Sendable {
    private let client: PostgresClient
    private let kafka: KafkaConfiguration
    private let groupId: String
    private let topics: [Topic]
    private let handler: any EventHandler
    private let deadLetters: DeadLetterPublisher
    private let configuration: EventConsumerConfiguration
    private let logger: Logger
    private let startGate: StartGate?
    /// What this consumer did so far.
    public let statistics = ConsumerStatistics()
    private let appliedCounter: Counter
    private let duplicateCounter: Counter
    private let deadLetterCounter: Counter

    public init(client: PostgresClient, kafka: KafkaConfiguration, groupId: String, topics: [Topic], handler: any EventHandler,
                producer: KafkaProducer, configuration: EventConsumerConfiguration = .init(), startGate: StartGate? = nil,
                logger: Logger) {
        self.startGate = startGate
        self.client = client
        self.kafka = kafka
        self.groupId = groupId
        self.topics = topics
        self.handler = handler
        self.deadLetters = DeadLetterPublisher(producer: producer, consumerGroup: groupId)
        self.configuration = configuration
        self.logger = logger
        let dimensions = [("group", groupId)]
        self.appliedCounter = Counter(label: "events_applied_total", dimensions: dimensions)
        self.duplicateCounter = Counter(label: "events_duplicate_total", dimensions: dimensions)
        self.deadLetterCounter = Counter(label: "events_dead_lettered_total", dimensions: dimensions)
    }

    public func run() async throws {
        try await startGate?.wait()
        let consumer = try KafkaConsumer(configuration: kafka, groupId: groupId, topics: topics.map(\.name), logger: logger)
        logger.info("consuming", metadata: ["group": "\(groupId)", "topics": "\(topics.map(\.name).joined(separator: ","))"])
        do {
            try await cancelWhenGracefulShutdown {
                try await self.consume(from: consumer)
            }
        } catch is CancellationError {
            // Shutting down: uncommitted records will be redelivered to whoever takes the partitions.
        }
        await consumer.close()
    }

    /// Polls the next batch while the current one is applied, so the broker's latency
    /// overlaps the database's.
    private func consume(from consumer: KafkaConsumer) async throws {
        let poll = { @Sendable in
            await consumer.poll(maxMessages: self.configuration.batchSize, timeout: self.configuration.pollTimeout, transform: Self.decodeHeader)
        }
        // The last applied record per partition; committed at most every `commitInterval`
        // (each commit costs the broker work, and a record applied but not yet committed is
        // only delivered again, which the inbox absorbs) and when the consumer stops.
        var uncommitted = LastRecordPerPartition()
        var lastCommit = ContinuousClock.now
        var lastLagReport = ContinuousClock.now
        var records = await poll()
        do {
            while !Task.isCancelled {
                if ContinuousClock.now - lastLagReport >= .seconds(10) {
                    reportLag(of: consumer)
                    lastLagReport = .now
                }
                if !uncommitted.isEmpty && ContinuousClock.now - lastCommit >= configuration.commitInterval {
                    consumer.commitInBackground(uncommitted.records)
                    uncommitted.removeAll()
                    lastCommit = .now
                }
                guard !records.isEmpty else {
                    records = await poll()
                    continue
                }
                async let following = poll()
                try await process(records)
                for record in records { uncommitted.update(record.message) }
                records = await following
            }
        } catch {
            if !uncommitted.isEmpty { try? await consumer.commit(uncommitted.records) }
            throw error
        }
        if !uncommitted.isEmpty { try? await consumer.commit(uncommitted.records) }
    }

    /// `consumer_lag_records` per topic and partition this member reads, for the monitoring's
    /// `ConsumerLagging` alert.
    private func reportLag(of consumer: KafkaConsumer) {
        for lag in consumer.lag() {
            Gauge(label: "consumer_lag_records", dimensions: [("group", groupId), ("topic", lag.topic), ("partition", "\(lag.partition)")])
                .record(lag.records)
        }
    }

    /// A record and its envelope header, or why it has none.
    struct PolledRecord: Sendable {
        let message: KafkaMessage
        let header: Result<EventHeader, HeaderError>
    }

    struct HeaderError: Error {
        let description: String
    }

    @Sendable static func decodeHeader(_ message: KafkaMessage) -> PolledRecord {
        do {
            return PolledRecord(message: message, header: .success(try EventHeader.decode(from: message.value)))
        } catch {
            return PolledRecord(message: message, header: .failure(HeaderError(description: "\(error)")))
        }
    }

    private func process(_ records: [PolledRecord]) async throws {
        var events: [ReceivedEvent] = []
        for record in records {
            switch record.header {
            case .success(let header):
                events.append(ReceivedEvent(header: header, message: record.message))
            case .failure(let error):
                // A record that is not an envelope will never become one: no point retrying it.
                try await deadLetter(record.message, error: "malformed event envelope: \(error.description)", attempts: 1)
            }
        }
        guard !events.isEmpty else { return }
        do {
            try await applyWaitingForDatabase(events)
        } catch let error as HandlerFailure {
            logger.warning("a batch failed, applying its events one by one", metadata: ["error": "\(error.description)"])
            for event in events {
                try await applyWithRetries(event)
            }
        }
    }

    /// Applies events; retries as long as the database is unreachable, and throws
    /// ``HandlerFailure`` when the database answers but the batch still fails.
    private func applyWaitingForDatabase(_ events: [ReceivedEvent]) async throws {
        var backoff = configuration.retryBackoff
        while true {
            do {
                try await apply(events)
                return
            } catch {
                try Task.checkCancellation()
                if await databaseIsReachable() {
                    throw HandlerFailure(description: Self.describe(error))
                }
                logger.warning("database unreachable, the batch will be retried", metadata: ["events": "\(events.count)"])
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, configuration.maximumBackoff)
            }
        }
    }

    private func applyWithRetries(_ event: ReceivedEvent) async throws {
        var lastError = ""
        for attempt in 1...configuration.maximumAttempts {
            do {
                try await applyWaitingForDatabase([event])
                return
            } catch let failure as HandlerFailure {
                lastError = failure.description
                if attempt < configuration.maximumAttempts {
                    try await Task.sleep(for: configuration.retryBackoff * (1 << (attempt - 1)))
                }
            }
        }
        logger.error("event dead-lettered", metadata: [
            "event.id": "\(event.header.id)", "event.type": "\(event.header.type)", "error": "\(lastError)",
        ])
        try await deadLetter(event.message, error: lastError, attempts: configuration.maximumAttempts)
    }

    /// One transaction: record the ids, apply only the events seen for the first time.
    private func apply(_ events: [ReceivedEvent]) async throws {
        let ids = events.map(\.header.id)
        let types = events.map(\.header.type)
        let topics = events.map(\.message.topic)
        let handler = self.handler
        let logger = self.logger
        let (fresh, duplicates) = try await client.withConnection { connection -> (Int, Int) in
            // BEGIN is written together with the inbox insert rather than awaited first:
            // the connection runs its queue in order, and one wake-up per batch is saved.
            // Should BEGIN fail, the connection is broken and the insert fails with it.
            let begin: EventLoopFuture<PostgresQueryResult> = connection.query("BEGIN", logger: logger)
            do {
                var inserted = Set<UUID>()
                for try await fresh in try await connection.execute(InboxInsert(ids: ids, types: types, topics: topics), logger: logger) {
                    inserted.formUnion(fresh)
                }
                _ = try await begin.get()
                let newEvents = events.filter { inserted.remove($0.header.id) != nil }
                if !newEvents.isEmpty {
                    try await handler.handle(newEvents, on: connection, logger: logger)
                }
                try await connection.query("COMMIT", logger: logger)
                return (newEvents.count, events.count - newEvents.count)
            } catch {
                _ = try? await begin.get()
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
        statistics.recordTransaction(applied: fresh, duplicates: duplicates)
        appliedCounter.increment(by: fresh)
        duplicateCounter.increment(by: duplicates)
    }

    private func deadLetter(_ message: KafkaMessage, error: String, attempts: Int) async throws {
        var backoff = configuration.retryBackoff
        while true {
            do {
                try await deadLetters.publish(message, error: error, attempts: attempts)
                statistics.recordDeadLettered()
                deadLetterCounter.increment()
                return
            } catch {
                logger.warning("cannot publish to the dead-letter topic yet: \(error)")
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, configuration.maximumBackoff)
            }
        }
    }

    private func databaseIsReachable() async -> Bool {
        do {
            try await client.query("SELECT 1", logger: logger)
            return true
        } catch {
            return false
        }
    }

    static func describe(_ error: any Error) -> String {
        if let transaction = error as? PostgresTransactionError, let cause = transaction.closureError {
            return describe(cause)
        }
        if let psql = error as? PSQLError, let message = psql.serverInfo?[.message] {
            return "database error: \(message)"
        }
        return String(describing: error)
    }
}

/// The database answers, yet applying the events failed: the events are to blame.
struct HandlerFailure: Error {
    let description: String
}
