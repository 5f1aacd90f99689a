import Events
import Foundation
import Kafka
import Logging
import Model
@testable import Persistence
import PostgresNIO
import ServiceLifecycle
import Testing

@Suite("Outbox replay", .platform, .serialized)
struct OutboxReplayTests {
    let logger = TestEnvironment.logger
    let kafka = TestEnvironment.kafka()

    @Test("A replay republishes what was written since an instant, in order, and the consumer's inbox applies nothing twice")
    func replayAfterBrokerLoss() async throws {
        let source = TestSchema.make("it_replay_source")
        let sink = TestSchema.make("it_replay_sink")
        let topic = Topic(TestEnvironment.uniqueName("it.replay"))
        try await KafkaAdmin(configuration: kafka, logger: logger).createTopics([topic.name, topic.deadLetter.name])
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        let relay = OutboxRelay(client: source.client, producer: producer,
                                configuration: OutboxRelayConfiguration(pollInterval: .milliseconds(200)), logger: logger)
        let consumer = EventConsumer(client: sink.client, kafka: kafka, groupId: TestEnvironment.uniqueName("it-group"),
                                     topics: [topic], handler: SinkHandler(), producer: producer, logger: logger)
        // One key, so one partition: the sink applies the records in the order they were published.
        let applicationId = ApplicationID()
        func submit(_ range: Range<Int>) async throws {
            for index in range {
                var envelope = SourceFixture.submittedEvent(reference: String(format: "AC-2026-%04d", index))
                envelope.data.applicationId = applicationId
                try await source.client.withTransaction(logger: logger) { connection in
                    try await Outbox.append(envelope, topic: topic, on: connection, logger: logger)
                }
            }
        }
        func received() async throws -> Int { try await sink.count("SELECT count(*)::int FROM received", logger: logger) }
        func unsent() async throws -> Int { try await source.count("SELECT count(*)::int FROM outbox WHERE sent_at IS NULL", logger: logger) }

        try await withRunningServices([source.client, sink.client, producer]) {
            try await source.create(migrations: SourceFixture.migrations, logger: logger)
            try await sink.create(migrations: SinkHandler.migrations, logger: logger)
            try await withRunningServices([relay, consumer]) {
                try await submit(0..<10)
                #expect(try await eventually { try await received() == 10 })
                let since = Date()
                try await Task.sleep(for: .milliseconds(50))
                try await submit(10..<15)
                #expect(try await eventually { try await received() == 15 })

                let replay = try await OutboxReplay.markUnsent(since: since, on: source.client, logger: logger)
                #expect(replay.count == 5)
                #expect(replay.oldestKept.map { $0 < since } == true)
                // Republished (marked sent again), then a new event behind them on the same partition: once it is
                // applied, the replayed records before it were read too, and none was applied twice.
                #expect(try await eventually { try await unsent() == 0 })
                try await submit(15..<16)
                #expect(try await eventually { try await received() == 16 })
                #expect(try await sink.count("SELECT count(DISTINCT reference)::int FROM received", logger: logger) == 16)
                let nothingSince = try await OutboxReplay.markUnsent(since: Date().addingTimeInterval(60), on: source.client, logger: logger)
                #expect(nothingSince.count == 0)
            }
        }
        await source.drop(logger: logger)
        await sink.drop(logger: logger)
    }
}
