import Events
import Logging
import Persistence
import PostgresNIO

/// Keeps the links to training material that the resource centre publishes.
struct TrainingMaterialHandler: Sendable {
    var subscriptions: [EventSubscription] {
        [.on(PublicationPublished.self, writes: ["training_materials"], published)]
    }

    @Sendable func published(_ event: SubscribedEvent<PublicationPublished>, on connection: PostgresConnection, logger: Logger) async throws {
        let publication = event.data
        guard publication.kind == .trainingMaterial else { return }
        try await connection.query("""
            INSERT INTO training_materials (publication_id, session_id, title, url, published_at)
            VALUES (\(publication.publicationId.uuid), \(publication.trainingSessionId?.uuid), \(publication.title),
                    \(publication.url), \(publication.publishedAt))
            ON CONFLICT (publication_id) DO UPDATE SET title = EXCLUDED.title, url = EXCLUDED.url
            """, logger: logger)
    }
}
