import Logging
import PostgresNIO

/// Applies events to a service's own schema.
///
/// It runs inside the inbox transaction: its writes commit together with the ids of the
/// events it was given, and only events never applied before reach it. A handler ignores
/// event types it does not know; throwing rolls the whole batch back.
public protocol EventHandler: Sendable {
    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws
}
