import Kafka

/// The latest record seen per topic partition: what an offset commit needs.
///
/// A consumer reads a handful of partitions, so a short array searched linearly costs
/// less per record than hashing.
struct LastRecordPerPartition {
    private(set) var records: [KafkaMessage] = []

    var isEmpty: Bool { records.isEmpty }

    mutating func update(_ message: KafkaMessage) {
        if let index = records.firstIndex(where: { $0.partition == message.partition && $0.topic == message.topic }) {
            if records[index].offset < message.offset { records[index] = message }
        } else {
            records.append(message)
        }
    }

    mutating func removeAll() {
        records.removeAll(keepingCapacity: true)
    }
}
