import Foundation
import Kafka

/// Sends a record that cannot be processed to `<topic>.dlq`, unchanged, with why in its headers.
public struct DeadLetterPublisher: Sendable {
    /// Header names on dead-lettered records.
    public enum Header {
        public static let error = "ipc-dlq-error"
        public static let originalTopic = "ipc-dlq-original-topic"
        public static let originalPartition = "ipc-dlq-original-partition"
        public static let originalOffset = "ipc-dlq-original-offset"
        public static let attempts = "ipc-dlq-attempts"
        public static let consumerGroup = "ipc-dlq-consumer-group"
        public static let failedAt = "ipc-dlq-failed-at"
    }

    private let producer: KafkaProducer
    private let consumerGroup: String

    public init(producer: KafkaProducer, consumerGroup: String) {
        self.producer = producer
        self.consumerGroup = consumerGroup
    }

    /// Returns once the broker acknowledged the dead letter, so the original may be committed.
    public func publish(_ message: KafkaMessage, error: String, attempts: Int) async throws {
        let headers = message.headers + [
            KafkaHeader(name: Header.error, value: error),
            KafkaHeader(name: Header.originalTopic, value: message.topic),
            KafkaHeader(name: Header.originalPartition, value: String(message.partition)),
            KafkaHeader(name: Header.originalOffset, value: String(message.offset)),
            KafkaHeader(name: Header.attempts, value: String(attempts)),
            KafkaHeader(name: Header.consumerGroup, value: consumerGroup),
            KafkaHeader(name: Header.failedAt, value: Date().formatted(.iso8601)),
        ]
        try await producer.send(KafkaOutgoingMessage(topic: message.topic + ".dlq", key: message.key, value: message.value, headers: headers))
    }
}
