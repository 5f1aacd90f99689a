/// The delivery reports of records handed to the producer by one `enqueue` call.
public struct KafkaDeliveries: Sendable {
    let batch: DeliveryBatch

    /// Waits until every record is acknowledged by the broker or has failed.
    /// - Returns: one result per record, in the order they were enqueued.
    public func results() async -> [Result<Void, KafkaError>] {
        await batch.wait()
    }
}
