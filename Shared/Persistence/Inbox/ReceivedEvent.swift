import Events
import Kafka

/// An event read from a topic, its header already decoded.
public struct ReceivedEvent: Sendable {
    public let header: EventHeader
    public let message: KafkaMessage

    public init(header: EventHeader, message: KafkaMessage) {
        self.header = header
        self.message = message
    }

    /// Decodes the whole envelope as the given contract.
    public func decode<Payload: EventPayload>(_ type: Payload.Type) throws -> EventEnvelope<Payload> {
        try EventCoding.decode(type, from: message.value)
    }
}
