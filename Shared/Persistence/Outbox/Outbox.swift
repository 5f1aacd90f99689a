import Events
import Logging
import PostgresNIO

/// Writes events into the caller's transaction; the ``OutboxRelay`` publishes them later.
///
/// Because the event row commits or rolls back with the state change, no event is
/// published for a change that did not happen, and none is lost for one that did.
public enum Outbox {
    /// Appends an event to the outbox of the connection's schema.
    ///
    /// Write the state change first: a second transaction on the same aggregate then waits
    /// on its row lock, so its event gets a later position and is published after this one.
    /// - Parameter topic: where to publish; the contract's own topic unless overridden (tests).
    public static func append<Payload: EventPayload>(
        _ envelope: EventEnvelope<Payload>,
        topic: Topic = Payload.topic,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        let record = try OutboxRecord(envelope, topic: topic)
        try await connection.query("""
            INSERT INTO outbox (event_id, topic, message_key, payload)
            VALUES (\(record.eventId), \(record.topic), \(record.messageKey), \(record.payload))
            """, logger: logger)
    }

    /// Appends several events of one contract with one statement, in their order (a sender
    /// recording a group of outcomes, for instance).
    public static func append<Payload: EventPayload>(
        _ envelopes: [EventEnvelope<Payload>],
        on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        guard !envelopes.isEmpty else { return }
        let payloads = try envelopes.map { String(decoding: try $0.encoded(), as: UTF8.self) }
        try await connection.query("""
            INSERT INTO outbox (event_id, topic, message_key, payload)
            SELECT id, topic, key, payload FROM unnest(\(envelopes.map(\.id))::uuid[], \(envelopes.map { _ in Payload.topic.name })::text[],
                                 \(envelopes.map(\.data.aggregateKey))::text[], \(payloads)::text[]) WITH ORDINALITY AS e(id, topic, key, payload, n)
            ORDER BY n
            """, logger: logger)
    }
}
