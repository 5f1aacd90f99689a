import Events
import Foundation

/// An event a subscription receives: its decoded envelope, and the record it came in.
public struct SubscribedEvent<Payload: EventPayload>: Sendable {
    public let envelope: EventEnvelope<Payload>
    /// The record as read, for a handler that keeps it whole (to apply it later).
    public let received: ReceivedEvent

    public var data: Payload { envelope.data }
    public var id: UUID { envelope.id }
    public var occurredAt: Date { envelope.occurredAt }
}
