import CNative

extension KafkaConsumer {
    /// The lag of each partition assigned to this member: the partition's end as librdkafka
    /// last heard it, minus the fetch position. Reads librdkafka's cached values only (no
    /// broker round trip), so it costs nothing to ask often; a partition not fetched from yet
    /// is left out rather than guessed.
    public func lag() -> [PartitionLag] {
        var assignment: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        guard rd_kafka_assignment(client.handle, &assignment) == RD_KAFKA_RESP_ERR_NO_ERROR, let assignment else { return [] }
        defer { rd_kafka_topic_partition_list_destroy(assignment) }
        guard rd_kafka_position(client.handle, assignment) == RD_KAFKA_RESP_ERR_NO_ERROR else { return [] }
        var lags: [PartitionLag] = []
        for index in 0..<Int(assignment.pointee.cnt) {
            let element = assignment.pointee.elems[index]
            var low: Int64 = 0, high: Int64 = 0
            guard element.offset >= 0,
                  rd_kafka_get_watermark_offsets(client.handle, element.topic, element.partition, &low, &high) == RD_KAFKA_RESP_ERR_NO_ERROR,
                  high >= 0
            else { continue }
            lags.append(PartitionLag(topic: configuration.unqualified(String(cString: element.topic)), partition: element.partition,
                                     records: max(0, high - element.offset)))
        }
        return lags
    }
}
