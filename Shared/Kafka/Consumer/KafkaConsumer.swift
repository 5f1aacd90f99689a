import CNative
import Logging

/// A consumer-group member with manual commits: offsets move only when the caller says the
/// records are processed, so a crash leads to redelivery, never to loss.
///
/// Polls block on the client's own dispatch queue, not on the cooperative pool.
public final class KafkaConsumer: Sendable {
    let client: RdKafkaClient
    public let groupId: String
    public let topics: [String]
    let configuration: KafkaConfiguration

    public init(configuration: KafkaConfiguration, groupId: String, topics: [String], logger: Logger) throws {
        var properties = configuration.clientProperties
        properties["group.id"] = groupId
        properties["enable.auto.commit"] = "false"
        properties["enable.auto.offset.store"] = "false"
        properties["auto.offset.reset"] = "earliest"
        // With these two, a group (re)joins in seconds instead of tens of seconds.
        properties["session.timeout.ms"] = "6000"
        properties["heartbeat.interval.ms"] = "500"
        properties["enable.partition.eof"] = "false"
        properties.merge(configuration.extraProperties) { _, new in new }
        self.client = try RdKafkaClient(kind: .consumer, properties: properties, logger: logger)
        self.groupId = groupId
        self.topics = topics
        self.configuration = configuration
        rd_kafka_poll_set_consumer(client.handle)

        let list = rd_kafka_topic_partition_list_new(Int32(topics.count))!
        defer { rd_kafka_topic_partition_list_destroy(list) }
        for topic in topics {
            rd_kafka_topic_partition_list_add(list, configuration.qualified(topic), RD_KAFKA_PARTITION_UA)
        }
        let error = rd_kafka_subscribe(client.handle, list)
        guard error == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(error, context: "cannot subscribe to \(topics.joined(separator: ", "))")
        }
    }

    /// Waits up to `timeout` for a first record, then takes whatever else is ready, up to `maxMessages`.
    public func poll(maxMessages: Int, timeout: Duration) async -> [KafkaMessage] {
        await poll(maxMessages: maxMessages, timeout: timeout) { $0 }
    }

    /// Polls like ``poll(maxMessages:timeout:)`` and applies `transform` to each record on the
    /// poll's own thread, so that per-record work (decoding) overlaps the caller's.
    public func poll<Element: Sendable>(maxMessages: Int, timeout: Duration,
                                        transform: @escaping @Sendable (KafkaMessage) -> Element) async -> [Element] {
        let timeoutMilliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let logger = client.logger
        let configuration = self.configuration
        return await client.blocking { handle in
            var elements: [Element] = []
            elements.reserveCapacity(maxMessages)
            var wait = timeoutMilliseconds
            var topicNames = TopicNameCache(configuration: configuration)
            while elements.count < maxMessages {
                guard let raw = rd_kafka_consumer_poll(handle, wait) else { break }
                defer { rd_kafka_message_destroy(raw) }
                wait = 0
                let error = raw.pointee.err
                guard error == RD_KAFKA_RESP_ERR_NO_ERROR else {
                    logger.warning("Kafka consumer error: \(KafkaError(error, context: "poll"))")
                    continue
                }
                elements.append(transform(KafkaMessage(raw, topic: topicNames.name(of: raw.pointee.rkt))))
            }
            return elements
        }
    }

    /// Commits, synchronously, the offsets that follow these records (per partition, the highest).
    public func commit(_ messages: [KafkaMessage]) async throws {
        guard let offsets = nextOffsets(messages) else { return }
        let error = await client.blocking { handle -> rd_kafka_resp_err_t in
            offsets.withList { rd_kafka_commit(handle, $0, 0) }
        }
        guard error == RD_KAFKA_RESP_ERR_NO_ERROR || error == RD_KAFKA_RESP_ERR__NO_OFFSET else {
            throw KafkaError(error, context: "cannot commit offsets of group \(groupId)")
        }
    }

    /// Starts committing the offsets that follow these records without waiting for the
    /// broker; a failure is logged, and only means the records may be delivered again.
    public func commitInBackground(_ messages: [KafkaMessage]) {
        guard let offsets = nextOffsets(messages) else { return }
        let error = offsets.withList { rd_kafka_commit(client.handle, $0, 1) }
        if error != RD_KAFKA_RESP_ERR_NO_ERROR {
            client.logger.warning("cannot start an offset commit: \(KafkaError(error, context: "commit"))")
        }
    }

    /// The offsets after `messages`, under the broker's names of their topics.
    private func nextOffsets(_ messages: [KafkaMessage]) -> PartitionOffsets? {
        var next: [PartitionKey: Int64] = [:]
        for message in messages {
            let key = PartitionKey(topic: configuration.qualified(message.topic), partition: message.partition)
            next[key] = max(next[key] ?? 0, message.offset + 1)
        }
        return next.isEmpty ? nil : PartitionOffsets(offsets: next)
    }

    /// Leaves the group cleanly so its partitions move to other members at once.
    public func close() async {
        _ = await client.blocking { handle in rd_kafka_consumer_close(handle) }
    }
}

private struct PartitionKey: Hashable, Sendable {
    let topic: String
    let partition: Int32
}

/// Offsets to commit, turned into a librdkafka list only for the call that needs it.
private struct PartitionOffsets: Sendable {
    let offsets: [PartitionKey: Int64]

    func withList<Result>(_ body: (UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) -> Result) -> Result {
        let list = rd_kafka_topic_partition_list_new(Int32(offsets.count))!
        defer { rd_kafka_topic_partition_list_destroy(list) }
        for (key, offset) in offsets {
            rd_kafka_topic_partition_list_add(list, key.topic, key.partition).pointee.offset = offset
        }
        return body(list)
    }
}

extension KafkaMessage {
    /// Copies a record out of librdkafka's message (headers must be read through the original pointer).
    init(_ pointer: UnsafeMutablePointer<rd_kafka_message_t>, topic: String) {
        let raw = pointer.pointee
        let key = raw.key.map { Array(UnsafeRawBufferPointer(start: $0, count: raw.key_len)) } ?? []
        let value = raw.payload.map { Array(UnsafeRawBufferPointer(start: $0, count: raw.len)) } ?? []
        var headers: [KafkaHeader] = []
        var headerList: OpaquePointer?
        if rd_kafka_message_headers(pointer, &headerList) == RD_KAFKA_RESP_ERR_NO_ERROR, let headerList {
            var index = 0
            var name: UnsafePointer<CChar>?
            var headerValue: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(headerList, index, &name, &headerValue, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                let bytes = headerValue.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) } ?? []
                headers.append(KafkaHeader(name: name.map { String(cString: $0) } ?? "", value: bytes))
                index += 1
            }
        }
        self.init(topic: topic, partition: raw.partition, offset: raw.offset, key: key, value: value, headers: headers)
    }
}

/// Topic names by librdkafka topic handle, so a batch makes one string per topic, not per record.
/// The names are the code's: a namespace (see ``KafkaConfiguration/topicNamespace``) is taken off.
struct TopicNameCache {
    let configuration: KafkaConfiguration
    private var handle: OpaquePointer?
    private var cached = ""

    init(configuration: KafkaConfiguration) {
        self.configuration = configuration
    }

    mutating func name(of topic: OpaquePointer?) -> String {
        if topic != handle {
            handle = topic
            cached = topic.map { configuration.unqualified(String(cString: rd_kafka_topic_name($0))) } ?? ""
        }
        return cached
    }
}
