import Events
import Foundation
import Kafka
import Logging
import Model
import Persistence
import PostgresNIO

/// Service B of the delivery tests: applies `ApplicationSubmitted` by inserting a row in a
/// table *without* a unique key, so a second application of one event would show.
struct SinkHandler: EventHandler {
    struct Poisoned: Error, CustomStringConvertible {
        var description: String { "the sink refuses dossier POISON" }
    }

    static let migrations = [Migration(version: 100, name: "received", statements: [
        "CREATE TABLE received (position bigserial PRIMARY KEY, application_id uuid NOT NULL, reference text NOT NULL)",
    ])]

    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        for event in events where event.header.type == ApplicationSubmitted.eventType {
            let dossier = try event.decode(ApplicationSubmitted.self).data
            if dossier.reference == "POISON" { throw Poisoned() }
            try await connection.query(
                "INSERT INTO received (application_id, reference) VALUES (\(dossier.applicationId.uuid), \(dossier.reference))",
                logger: logger)
        }
    }
}
