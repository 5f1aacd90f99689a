import Events
import Kafka

extension KafkaProducer {
    /// Publishes an envelope as its service's relay would: on its contract's topic, keyed by its aggregate.
    func publish<Payload: EventPayload>(_ envelope: EventEnvelope<Payload>) async throws {
        try await publish(try envelope.encoded(), topic: Payload.topic, key: envelope.data.aggregateKey)
    }

    /// Publishes raw bytes (a malformed record, a replay of what a service wrote).
    func publish(_ bytes: [UInt8], topic: Topic, key: String) async throws {
        if case .failure(let error) = await send([KafkaOutgoingMessage(topic: topic.name, key: key, value: bytes)])[0] { throw error }
    }
}
