import CNative
import Logging

/// Reads whole topics from their first record, outside any consumer group and without
/// committing anything: what rebuilding a projection from the beginning needs.
///
/// It reads at least up to the end offsets the broker reports when it starts, then on until
/// no record came for a quiet moment: some brokers (Tansu) report an end short of records
/// already written, and a projection whose handlers set values rather than add to them
/// takes a record twice (here, then from its live consumer) without harm.
///
/// Polls block on the client's own dispatch queue, not on the cooperative pool.
public final class KafkaTopicReader: Sendable {
    private let client: RdKafkaClient
    private let configuration: KafkaConfiguration

    public init(configuration: KafkaConfiguration, logger: Logger) throws {
        var properties = configuration.clientProperties
        // librdkafka's consumer wants a group name even when partitions are assigned by hand;
        // nothing is committed under it.
        properties["group.id"] = "\(configuration.clientId)-topic-reader"
        properties["enable.auto.commit"] = "false"
        properties["enable.auto.offset.store"] = "false"
        properties["enable.partition.eof"] = "false"
        properties.merge(configuration.extraProperties) { _, new in new }
        self.client = try RdKafkaClient(kind: .consumer, properties: properties, logger: logger)
        self.configuration = configuration
        rd_kafka_poll_set_consumer(client.handle)
    }

    /// Hands every record of `topics` to `body`, in batches of at most `batchSize`, each
    /// partition in its order; a topic that does not exist has no record.
    /// - Parameters:
    ///   - idleTimeout: how long to wait for a record still expected before giving up.
    ///   - quietPeriod: once every expected record is read, how long without a record ends the reading.
    /// - Returns: the number of records read.
    @discardableResult
    public func readAll(_ topics: [String], batchSize: Int = 500, idleTimeout: Duration = .seconds(30), quietPeriod: Duration = .seconds(1),
                        _ body: ([KafkaMessage]) async throws -> Void) async throws -> Int {
        var ends = try await assignFromBeginning(topics)
        var read = 0
        let configuration = self.configuration
        while true {
            let waiting = ends.isEmpty ? quietPeriod : idleTimeout
            let waitMilliseconds = Int32(waiting.components.seconds * 1000 + waiting.components.attoseconds / 1_000_000_000_000_000)
            let batch = await client.blocking { handle -> [KafkaMessage] in
                var messages: [KafkaMessage] = []
                var wait = waitMilliseconds
                var names = TopicNameCache(configuration: configuration)
                while messages.count < batchSize {
                    guard let raw = rd_kafka_consumer_poll(handle, wait) else { break }
                    defer { rd_kafka_message_destroy(raw) }
                    wait = 0
                    guard raw.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR else { continue }
                    messages.append(KafkaMessage(raw, topic: names.name(of: raw.pointee.rkt)))
                }
                return messages
            }
            if batch.isEmpty {
                if ends.isEmpty { break }
                throw KafkaError(code: "_TIMED_OUT", message: "no record for \(idleTimeout) while \(ends.count) partitions were not read to their end")
            }
            for message in batch {
                let key = ReaderPartition(topic: message.topic, partition: message.partition)
                if let end = ends[key], message.offset + 1 >= end { ends[key] = nil }
            }
            read += batch.count
            try await body(batch)
        }
        _ = await client.blocking { handle in rd_kafka_assign(handle, nil) }
        return read
    }

    /// Assigns every partition of `topics` from its first record; returns, per partition the
    /// broker says holds records, the offset after its last one.
    private func assignFromBeginning(_ topics: [String]) async throws -> [ReaderPartition: Int64] {
        let configuration = self.configuration
        let result = await client.blocking { handle -> Result<[ReaderPartition: Int64], KafkaError> in
            var metadata: UnsafePointer<rd_kafka_metadata>?
            let error = rd_kafka_metadata(handle, 1, nil, &metadata, 10_000)
            guard error == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
                return .failure(KafkaError(error, context: "cannot read the topics' partitions"))
            }
            defer { rd_kafka_metadata_destroy(metadata) }
            let wanted = Set(topics.map(configuration.qualified))
            var ends: [ReaderPartition: Int64] = [:]
            let list = rd_kafka_topic_partition_list_new(8)!
            defer { rd_kafka_topic_partition_list_destroy(list) }
            for topicIndex in 0..<Int(metadata.pointee.topic_cnt) {
                let topic = metadata.pointee.topics[topicIndex]
                let name = String(cString: topic.topic)
                guard wanted.contains(name) else { continue }
                for partitionIndex in 0..<Int(topic.partition_cnt) {
                    let partition = topic.partitions[partitionIndex].id
                    var low: Int64 = 0
                    var high: Int64 = 0
                    let error = rd_kafka_query_watermark_offsets(handle, name, partition, &low, &high, 10_000)
                    guard error == RD_KAFKA_RESP_ERR_NO_ERROR else {
                        return .failure(KafkaError(error, context: "cannot read the offsets of \(name) [\(partition)]"))
                    }
                    // Every partition is read, even one the broker calls empty: its end may be short.
                    rd_kafka_topic_partition_list_add(list, name, partition).pointee.offset = low
                    if high > low { ends[ReaderPartition(topic: configuration.unqualified(name), partition: partition)] = high }
                }
            }
            let assigned = rd_kafka_assign(handle, list)
            guard assigned == RD_KAFKA_RESP_ERR_NO_ERROR else { return .failure(KafkaError(assigned, context: "cannot assign the partitions")) }
            return .success(ends)
        }
        return try result.get()
    }
}

/// A partition, under the code's name of its topic.
private struct ReaderPartition: Hashable, Sendable {
    let topic: String
    let partition: Int32
}
