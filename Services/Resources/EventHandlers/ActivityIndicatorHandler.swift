import Events
import Logging
import Persistence
import PostgresNIO

/// Counts the programme's events per Paris day and type, for the indicators.
struct ActivityIndicatorHandler: Sendable {
    /// The topics whose events are counted: every service's but the resource centre's own.
    static let countedTopics: Set<Topic> = [.applications, .jury, .training, .notifications]

    var subscriptions: [EventSubscription] {
        [.batch(EventCatalog.all.filter { Self.countedTopics.contains($0.topic) }, writes: ["activity_counts"], count)]
    }

    /// One statement for a run of events: only their headers count.
    @Sendable func count(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        let instants = events.map(\.header.occurredAt)
        let types = events.map(\.header.type)
        try await connection.query("""
            INSERT INTO activity_counts (day, event_type, count)
            SELECT (occurred_at AT TIME ZONE 'Europe/Paris')::date, event_type, count(*)
            FROM unnest(\(instants)::timestamptz[], \(types)::text[]) AS e(occurred_at, event_type)
            GROUP BY 1, 2
            ON CONFLICT (day, event_type) DO UPDATE SET count = activity_counts.count + EXCLUDED.count
            """, logger: logger)
    }
}
