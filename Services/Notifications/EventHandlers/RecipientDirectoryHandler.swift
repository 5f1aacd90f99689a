import Events
import Logging
import Persistence
import PostgresNIO

/// Learns who to write to about each dossier from the events that carry its contacts.
struct RecipientDirectoryHandler: EventHandler {
    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        for event in events where event.header.type == ApplicationSubmitted.eventType {
            let dossier = try event.decode(ApplicationSubmitted.self).data
            for contact in dossier.contacts {
                try await connection.query("""
                    INSERT INTO dossier_contacts (application_id, reference, name, email)
                    VALUES (\(dossier.applicationId.uuid), \(dossier.reference), \(contact.name), \(contact.email))
                    ON CONFLICT (application_id, email) DO UPDATE SET name = EXCLUDED.name
                    """, logger: logger)
            }
        }
    }
}
