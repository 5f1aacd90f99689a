import Events
import Foundation
import Kafka
import Logging
import Model
@testable import Persistence
import PostgresNIO
import ServiceLifecycle
import Testing

@Suite("Relay replicas", .platform, .serialized)
struct RelayReplicaTests {
    let logger = TestEnvironment.logger
    let kafka = TestEnvironment.kafka()

    @Test("One relay is active among replicas, the standby takes over, and one key's events arrive in order")
    func leaderElectionAndOrder() async throws {
        let source = TestSchema.make("it_source")
        let sink = TestSchema.make("it_sink")
        let topic = Topic(TestEnvironment.uniqueName("it.replicas"))
        try await KafkaAdmin(configuration: kafka, logger: logger).createTopics([topic.name, topic.deadLetter.name])
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        let configuration = OutboxRelayConfiguration(pollInterval: .milliseconds(200), standbyInterval: .milliseconds(200))
        let first = OutboxRelay(client: source.client, producer: producer, configuration: configuration, logger: logger)
        let second = OutboxRelay(client: source.client, producer: producer, configuration: configuration, logger: logger)
        let consumer = EventConsumer(client: sink.client, kafka: kafka, groupId: TestEnvironment.uniqueName("it-group"),
                                     topics: [topic], handler: SinkHandler(), producer: producer, logger: logger)
        // One dossier's events share a key; 40 of them, half before and half after the failover.
        let applicationId = ApplicationID()
        func event(_ index: Int) -> EventEnvelope<ApplicationSubmitted> {
            var envelope = SourceFixture.submittedEvent(reference: String(format: "AC-2026-%04d", index))
            envelope.data.applicationId = applicationId
            return envelope
        }
        func submit(_ range: Range<Int>) async throws {
            for index in range {
                try await source.client.withTransaction(logger: logger) { connection in
                    try await Outbox.append(event(index), topic: topic, on: connection, logger: logger)
                }
            }
        }

        try await withRunningServices([source.client, sink.client, producer]) {
            try await source.create(migrations: SourceFixture.migrations, logger: logger)
            try await sink.create(migrations: SinkHandler.migrations, logger: logger)
            // `first` starts alone and becomes active; `second` then stands by.
            let firstGroup = ServiceGroup(configuration: .init(services: [.init(service: first)], logger: logger))
            let firstRun = Task { try await firstGroup.run() }
            #expect(try await eventually { first.isActive })
            try await withRunningServices([consumer, second]) {
                try await Task.sleep(for: .milliseconds(600))  // three standby rounds
                #expect(!second.isActive)
                try await submit(0..<20)
                // `first` stops, as a replica killed during a deployment would.
                await firstGroup.triggerGracefulShutdown()
                try await firstRun.value
                #expect(try await eventually { second.isActive })
                try await submit(20..<40)
                let all = try await eventually {
                    try await sink.count("SELECT count(*)::int FROM received", logger: logger) == 40
                }
                #expect(all)
            }
            let rows = try await sink.client.query("SELECT reference FROM received ORDER BY position", logger: logger)
            var references: [String] = []
            for try await reference in rows.decode(String.self) { references.append(reference) }
            #expect(references == (0..<40).map { String(format: "AC-2026-%04d", $0) })
        }
        await source.drop(logger: logger)
        await sink.drop(logger: logger)
    }
}
