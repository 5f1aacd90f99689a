import Events
import Logging
import Persistence
import PostgresNIO

/// Keeps the links to training material that the resource centre publishes.
struct TrainingMaterialHandler: EventHandler {
    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        for event in events where event.header.type == PublicationPublished.eventType {
            let publication = try event.decode(PublicationPublished.self).data
            guard publication.kind == .trainingMaterial else { continue }
            try await connection.query("""
                INSERT INTO training_materials (publication_id, session_id, title, url, published_at)
                VALUES (\(publication.publicationId.uuid), \(publication.trainingSessionId?.uuid), \(publication.title),
                        \(publication.url), \(publication.publishedAt))
                ON CONFLICT (publication_id) DO UPDATE SET title = EXCLUDED.title, url = EXCLUDED.url
                """, logger: logger)
        }
    }
}
