import CNative
import Logging

/// Topic administration and broker probing.
public final class KafkaAdmin: Sendable {
    private let client: RdKafkaClient
    private let configuration: KafkaConfiguration

    public init(configuration: KafkaConfiguration, logger: Logger) throws {
        var properties = configuration.clientProperties
        properties.merge(configuration.extraProperties) { _, new in new }
        self.client = try RdKafkaClient(kind: .producer, properties: properties, logger: logger)
        self.configuration = configuration
    }

    /// Creates the topics that do not exist yet, each with the configured partitions,
    /// replication factor and `min.insync.replicas`. Topics that already exist are left as they are.
    public func createTopics(_ names: [String], partitions: Int? = nil, timeout: Duration = .seconds(10)) async throws {
        guard !names.isEmpty else { return }
        let partitionCount = Int32(partitions ?? configuration.topicPartitions)
        let replication = Int32(configuration.replicationFactor)
        let timeoutMilliseconds = Int32(timeout.components.seconds * 1000)
        let configuration = self.configuration
        let failure = await client.blocking { handle -> KafkaError? in
            var errorBuffer = [CChar](repeating: 0, count: 512)
            var newTopics: [OpaquePointer?] = []
            defer { newTopics.forEach { rd_kafka_NewTopic_destroy($0) } }
            for name in names {
                guard let topic = rd_kafka_NewTopic_new(configuration.qualified(name), partitionCount, replication, &errorBuffer, errorBuffer.count) else {
                    return KafkaError(code: "_INVALID_ARG", message: "invalid topic \(name): \(String(cBuffer: errorBuffer))")
                }
                newTopics.append(topic)
                if let minimum = configuration.minInSyncReplicas,
                   rd_kafka_NewTopic_set_config(topic, "min.insync.replicas", String(minimum)) != RD_KAFKA_RESP_ERR_NO_ERROR {
                    return KafkaError(code: "_INVALID_ARG", message: "invalid min.insync.replicas for \(name)")
                }
            }
            let queue = rd_kafka_queue_new(handle)
            defer { rd_kafka_queue_destroy(queue) }
            let options = rd_kafka_AdminOptions_new(handle, RD_KAFKA_ADMIN_OP_CREATETOPICS)
            defer { rd_kafka_AdminOptions_destroy(options) }
            rd_kafka_AdminOptions_set_request_timeout(options, timeoutMilliseconds, &errorBuffer, errorBuffer.count)
            rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMilliseconds, &errorBuffer, errorBuffer.count)
            newTopics.withUnsafeMutableBufferPointer { buffer in
                rd_kafka_CreateTopics(handle, buffer.baseAddress, buffer.count, options, queue)
            }
            guard let event = rd_kafka_queue_poll(queue, timeoutMilliseconds + 1000) else {
                return KafkaError(code: "_TIMED_OUT", message: "no answer to topic creation")
            }
            defer { rd_kafka_event_destroy(event) }
            let eventError = rd_kafka_event_error(event)
            guard eventError == RD_KAFKA_RESP_ERR_NO_ERROR else {
                return KafkaError(eventError, context: "topic creation failed")
            }
            guard let result = rd_kafka_event_CreateTopics_result(event) else {
                return KafkaError(code: "_FAIL", message: "unexpected answer to topic creation")
            }
            var count = 0
            guard let results = rd_kafka_CreateTopics_result_topics(result, &count) else { return nil }
            for index in 0..<count {
                let error = rd_kafka_topic_result_error(results[index])
                if error != RD_KAFKA_RESP_ERR_NO_ERROR && error != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS {
                    let name = String(cString: rd_kafka_topic_result_name(results[index]))
                    return KafkaError(error, context: "cannot create topic \(name)")
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Throws unless a broker answers a metadata request within `timeout`.
    public func checkBroker(timeout: Duration = .seconds(2)) async throws {
        try await client.fetchMetadata(timeoutMilliseconds: Int32(timeout.components.seconds * 1000))
    }
}
