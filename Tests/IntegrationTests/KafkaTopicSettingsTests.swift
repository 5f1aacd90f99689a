import Events
import Kafka
import Testing

/// The topic settings a service asks for when it creates its topics, on the real broker.
@Suite("Kafka: the topics' replication settings", .platform)
struct KafkaTopicSettingsTests {
    @Test("Topics created with min.insync.replicas take acks=all writes, read back whole")
    func minInSyncReplicas() async throws {
        var kafka = TestEnvironment.kafka()
        kafka.minInSyncReplicas = 1
        let topic = Topic(TestEnvironment.uniqueName("it.settings"))
        try await KafkaAdmin(configuration: kafka, logger: TestEnvironment.logger).createTopics([topic.name, topic.deadLetter.name])
        let producer = try KafkaProducer(configuration: kafka, logger: TestEnvironment.logger)
        for index in 0..<3 {
            try await producer.publish(Array("record \(index)".utf8), topic: topic, key: "key-\(index)")
        }
        var values: [String] = []
        try await KafkaTopicReader(configuration: kafka, logger: TestEnvironment.logger).readAll([topic.name]) { batch in
            values += batch.map { String(decoding: $0.value, as: UTF8.self) }
        }
        #expect(values.sorted() == ["record 0", "record 1", "record 2"])
    }
}
