import Events
import Foundation
import Kafka
import Logging
import Model
@testable import Persistence
import PostgresNIO
import ServiceLifecycle
import Testing

@Suite("Consumer and an unreachable database", .platform, .serialized)
struct ConsumerDatabaseOutageTests {
    @Test("While its database is away the consumer waits and dead-letters nothing; then it applies everything once")
    func waitsForTheDatabase() async throws {
        let logger = TestEnvironment.logger
        let kafka = TestEnvironment.kafka()
        let sink = TestSchema.make("it_sink")
        let proxy = TCPProxy(port: try await TCPProxy.freePort(), targetHost: TestEnvironment.postgresHost,
                             targetPort: TestEnvironment.postgresPort)
        let proxied = TestEnvironment.postgres(schema: sink.name, port: proxy.port).makeClient()
        let topic = Topic(TestEnvironment.uniqueName("it.outage"))
        try await KafkaAdmin(configuration: kafka, logger: logger).createTopics([topic.name, topic.deadLetter.name])
        let producer = try KafkaProducer(configuration: kafka, logger: logger)
        let consumer = EventConsumer(client: proxied, kafka: kafka, groupId: TestEnvironment.uniqueName("it-group"),
                                     topics: [topic], handler: SinkHandler(), producer: producer,
                                     configuration: .init(retryBackoff: .milliseconds(100), maximumBackoff: .milliseconds(500)),
                                     logger: logger)
        let events = (1...3).map { SourceFixture.submittedEvent(reference: "AC-2026-010\($0)") }

        try await withRunningServices([sink.client, proxied, producer]) {
            try await sink.create(migrations: SinkHandler.migrations, logger: logger)
            let (waited, appliedAfterwards) = try await withRunningServices([consumer]) { () async throws -> (Bool, Bool) in
                for event in events {
                    try await producer.send(KafkaOutgoingMessage(topic: topic.name, key: event.data.aggregateKey, value: try event.encoded()))
                }
                // Long enough to join the group (about 3.5 s) and try: the pool waits for a connection.
                try await Task.sleep(for: .seconds(8))
                let waited = consumer.statistics.deadLettered == 0 && consumer.statistics.applied == 0
                try await proxy.open()
                let applied = try await eventually { consumer.statistics.applied == 3 }
                return (waited, applied)
            }
            #expect(waited)
            #expect(appliedAfterwards)
            #expect(consumer.statistics.deadLettered == 0)
            #expect(try await sink.count("SELECT count(*)::int FROM received", logger: logger) == 3)
            try await proxy.close()
        }
        await sink.drop(logger: logger)
    }
}
