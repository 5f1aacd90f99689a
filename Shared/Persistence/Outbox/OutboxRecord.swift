import Events
import Foundation

/// An event as the outbox stores it: the columns of one `outbox` row.
///
/// ``Outbox/append(_:topic:on:logger:)`` writes one in a statement of its own; a repository
/// that folds the event into the statement of its state change (one round trip instead of
/// two) binds these same columns.
public struct OutboxRecord: Sendable {
    public let eventId: UUID
    public let topic: String
    public let messageKey: String
    public let payload: String

    /// - Parameter topic: where to publish; the contract's own topic unless overridden (tests).
    public init<Payload: EventPayload>(_ envelope: EventEnvelope<Payload>, topic: Topic = Payload.topic) throws {
        eventId = envelope.id
        self.topic = topic.name
        messageKey = envelope.data.aggregateKey
        payload = String(decoding: try envelope.encoded(), as: UTF8.self)
    }
}
