import Events
import Logging
import PostgresNIO

/// One thing a service does with events: the contracts it takes, the tables it writes, and
/// its handler. A service's definition lists them; the consumer reads the topics they name
/// and `docs/events.md` is generated from them.
public struct EventSubscription: Sendable {
    /// The contracts this subscription applies.
    public let payloads: [any EventPayload.Type]
    /// The tables of the service's schema its handler writes, for the documentation.
    public let tables: [String]
    /// The topics to read them from: every topic the contracts travel on, unless narrowed.
    public let topics: [Topic]
    let apply: @Sendable ([ReceivedEvent], PostgresConnection, Logger) async throws -> Void

    init(payloads: [any EventPayload.Type], tables: [String], topics: [Topic]? = nil,
         apply: @escaping @Sendable ([ReceivedEvent], PostgresConnection, Logger) async throws -> Void) {
        self.payloads = payloads
        self.tables = tables
        self.topics = topics ?? payloads.flatMap { $0.topics }
        self.apply = apply
    }

    /// Applies each event of `type`, in order, with its decoded envelope.
    /// - Parameter topics: where to read them, when not every topic the contract travels on
    ///   (a service need not read its own confirmations back).
    public static func on<Payload: EventPayload>(
        _ type: Payload.Type, from topics: [Topic]? = nil, writes tables: [String],
        _ handle: @escaping @Sendable (SubscribedEvent<Payload>, PostgresConnection, Logger) async throws -> Void
    ) -> EventSubscription {
        EventSubscription(payloads: [type], tables: tables, topics: topics) { events, connection, logger in
            for event in events {
                try await handle(SubscribedEvent(envelope: try event.decode(type), received: event), connection, logger)
            }
        }
    }

    /// Applies consecutive events of any of `types` in one call (one statement for a batch);
    /// for handlers that need only the events' headers.
    public static func batch(
        _ types: [any EventPayload.Type], writes tables: [String],
        _ handle: @escaping @Sendable ([ReceivedEvent], PostgresConnection, Logger) async throws -> Void
    ) -> EventSubscription {
        EventSubscription(payloads: types, tables: tables, apply: handle)
    }
}
