import Events
import Foundation
import Kafka
import Logging
@testable import Persistence
import PostgresNIO
import Testing

/// An event travels from service A's database, through the real broker, into service B's
/// database: once in effect, whatever is redelivered.
@Suite("Delivery: outbox → broker → inbox", .platform, .serialized)
struct DeliveryTests {
    let logger = TestEnvironment.logger
    let kafka = TestEnvironment.kafka()

    private func makeTopic() async throws -> Topic {
        let topic = Topic(TestEnvironment.uniqueName("it.delivery"))
        try await KafkaAdmin(configuration: kafka, logger: logger).createTopics([topic.name, topic.deadLetter.name])
        return topic
    }

    private func makeConsumer(sink: TestSchema, topic: Topic, producer: KafkaProducer, gate: StartGate? = nil) -> EventConsumer {
        EventConsumer(client: sink.client, kafka: kafka, groupId: TestEnvironment.uniqueName("it-group"), topics: [topic],
                      handler: SinkHandler(), producer: producer,
                      configuration: .init(retryBackoff: .milliseconds(50)), startGate: gate, logger: logger)
    }

    @Test("An event committed with A's state change is applied once by B, and a redelivery changes nothing")
    func exactlyOnceInEffect() async throws {
        let source = TestSchema.make("it_source")
        let sink = TestSchema.make("it_sink")
        let topic = try await makeTopic()
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        let gate = StartGate()
        // The fallback poll is far beyond the test's wait: only NOTIFY can wake the relay in time.
        let relay = OutboxRelay(client: source.client, producer: producer, configuration: .init(pollInterval: .seconds(600)),
                                startGate: gate, logger: logger)
        let consumer = makeConsumer(sink: sink, topic: topic, producer: producer, gate: gate)

        try await withRunningServices([source.client, sink.client, producer, relay, consumer]) {
            try await source.create(migrations: SourceFixture.migrations, logger: logger)
            try await sink.create(migrations: SinkHandler.migrations, logger: logger)
            gate.open()

            // A transaction that fails leaves neither state nor event behind.
            let rolledBack = SourceFixture.submittedEvent(reference: "AC-2026-0001")
            await #expect(throws: (any Error).self) {
                try await source.client.withTransaction(logger: logger) { connection in
                    try await connection.query("INSERT INTO dossiers (application_id, reference) VALUES (\(rolledBack.data.applicationId.uuid), 'AC-2026-0001')", logger: logger)
                    try await Outbox.append(rolledBack, topic: topic, on: connection, logger: logger)
                    throw CancellationError()
                }
            }
            #expect(try await source.count("SELECT count(*)::int FROM outbox", logger: logger) == 0)

            // Let the relay go idle (active, outbox empty) so that only its NOTIFY can bring the event.
            #expect(try await eventually { relay.isActive })
            try await Task.sleep(for: .milliseconds(500))
            let event = SourceFixture.submittedEvent(reference: "AC-2026-0002")
            try await SourceFixture.submit(event, topic: topic, on: source.client, logger: logger)
            let applied = try await eventually(timeout: .seconds(30)) {
                try await sink.count("SELECT count(*)::int FROM received WHERE reference = 'AC-2026-0002'", logger: logger) == 1
            }
            #expect(applied)
            #expect(try await sink.count("SELECT count(*)::int FROM inbox WHERE event_id = \(event.id)", logger: logger) == 1)
            #expect(try await eventually { try await source.count("SELECT count(*)::int FROM outbox WHERE sent_at IS NULL", logger: logger) == 0 })

            // Forced redelivery: the very same record, published again.
            try await producer.send(KafkaOutgoingMessage(topic: topic.name, key: event.data.aggregateKey, value: try event.encoded()))
            #expect(try await eventually { consumer.statistics.duplicates >= 1 })
            #expect(try await sink.count("SELECT count(*)::int FROM received WHERE reference = 'AC-2026-0002'", logger: logger) == 1)
            #expect(try await sink.count("SELECT count(*)::int FROM received WHERE reference = 'AC-2026-0001'", logger: logger) == 0)
            #expect(consumer.statistics.applied == 1)
        }
        await source.drop(logger: logger)
        await sink.drop(logger: logger)
    }

    @Test("A relay killed after publishing but before marking republishes on restart, and B ignores the copy")
    func relayCrashBetweenPublishAndMark() async throws {
        let source = TestSchema.make("it_source")
        let sink = TestSchema.make("it_sink")
        let topic = try await makeTopic()
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        let event = SourceFixture.submittedEvent(reference: "AC-2026-0003")

        try await withRunningServices([source.client, sink.client, producer]) {
            try await source.create(migrations: SourceFixture.migrations, logger: logger)
            try await sink.create(migrations: SinkHandler.migrations, logger: logger)
            try await SourceFixture.submit(event, topic: topic, on: source.client, logger: logger)

            let published = PublishedPositions()
            let crashingRelay = OutboxRelay(client: source.client, producer: producer, configuration: .init(), startGate: nil,
                                            logger: logger) { positions in
                published.record(positions)
                throw CancellationError()  // dies right after the broker acknowledged
            }
            try await crashingRelay.run()
            #expect(published.count == 1)
            #expect(try await source.count("SELECT count(*)::int FROM outbox WHERE sent_at IS NULL", logger: logger) == 1)

            let restartedRelay = OutboxRelay(client: source.client, producer: producer, logger: logger)
            let consumer = makeConsumer(sink: sink, topic: topic, producer: producer)
            let (allMarked, copiesSeen) = try await withRunningServices([restartedRelay, consumer]) { () async throws -> (Bool, Bool) in
                let allMarked = try await eventually {
                    try await source.count("SELECT count(*)::int FROM outbox WHERE sent_at IS NULL", logger: logger) == 0
                }
                // Both copies reach B: the first is applied, the second recognised.
                let copiesSeen = try await eventually { consumer.statistics.applied == 1 && consumer.statistics.duplicates == 1 }
                return (allMarked, copiesSeen)
            }
            #expect(allMarked)
            #expect(copiesSeen)
            #expect(try await sink.count("SELECT count(*)::int FROM received WHERE reference = 'AC-2026-0003'", logger: logger) == 1)
        }
        await source.drop(logger: logger)
        await sink.drop(logger: logger)
    }

    @Test("Malformed and poison events land in the dead-letter topic with their error; what follows is consumed")
    func deadLetters() async throws {
        let sink = TestSchema.make("it_sink")
        let topic = try await makeTopic()
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        let consumer = makeConsumer(sink: sink, topic: topic, producer: producer)
        let key = "same-key-same-partition"
        let garbage = Array("{not an envelope".utf8)
        let poison = SourceFixture.submittedEvent(reference: "POISON")
        let healthy = SourceFixture.submittedEvent(reference: "AC-2026-0004")

        try await withRunningServices([sink.client, producer]) {
            try await sink.create(migrations: SinkHandler.migrations, logger: logger)
            let healthyApplied = try await withRunningServices([consumer]) { () async throws -> Bool in
                for value in [garbage, try poison.encoded(), try healthy.encoded()] {
                    try await producer.send(KafkaOutgoingMessage(topic: topic.name, key: key, value: value))
                }
                return try await eventually {
                    try await sink.count("SELECT count(*)::int FROM received WHERE reference = 'AC-2026-0004'", logger: logger) == 1
                }
            }
            #expect(healthyApplied)
            #expect(consumer.statistics.deadLettered == 2)
            #expect(try await sink.count("SELECT count(*)::int FROM received WHERE reference = 'POISON'", logger: logger) == 0)
            #expect(try await sink.count("SELECT count(*)::int FROM inbox WHERE event_id = \(poison.id)", logger: logger) == 0)
        }

        let reader = try KafkaConsumer(configuration: kafka, groupId: TestEnvironment.uniqueName("it-dlq-reader"),
                                       topics: [topic.deadLetter.name], logger: logger)
        var letters: [KafkaMessage] = []
        _ = try await eventually {
            letters += await reader.poll(maxMessages: 10, timeout: .milliseconds(500))
            return letters.count >= 2
        }
        await reader.close()
        try #require(letters.count == 2)
        let malformed = try #require(letters.first { $0.value == garbage })
        #expect(malformed.header(DeadLetterPublisher.Header.error)?.contains("malformed event envelope") == true)
        #expect(malformed.header(DeadLetterPublisher.Header.originalTopic) == topic.name)
        let refused = try #require(letters.first { $0.value == (try? poison.encoded()) })
        #expect(refused.header(DeadLetterPublisher.Header.error)?.contains("the sink refuses dossier POISON") == true)
        #expect(refused.header(DeadLetterPublisher.Header.attempts) == "3")
        #expect(refused.key == Array(key.utf8))
        await sink.drop(logger: logger)
    }
}
