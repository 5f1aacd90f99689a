import ArgumentParser
import CommandKit
import Events
import Logging
import Persistence
import PostgresNIO

/// `ipc-demo <service>`: writes the service's share of the demo history into its outbox, with
/// the service's own variables and role; its relay then publishes it like any other event.
struct DemoHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ipc-demo", abstract: "Écrit l'historique 2006 de la démonstration dans l'outbox d'un service.")

    @Argument(help: "applications, jury ou resources") var service: String

    /// One event to write, whatever its contract.
    typealias Write = @Sendable (PostgresConnection, Logger) async throws -> Void

    static func write<Payload: EventPayload>(_ envelope: EventEnvelope<Payload>) -> Write {
        { connection, logger in
            do {
                try await Outbox.append(envelope, on: connection, logger: logger)
            } catch where error.violatedConstraint == "outbox_event_id_key" {
                // Loaded before: a second load adds nothing.
            }
        }
    }

    static let shares: [String: (port: Int, events: [Write])] = [
        "applications": (8081, [write(DemoHistory.saintGironsSubmitted), write(DemoHistory.seronaisSubmitted),
                                write(DemoHistory.seronaisComplete)]),
        "jury": (8082, [write(DemoHistory.sittingScheduled), write(DemoHistory.seronaisSelected)]),
        "resources": (8084, [write(DemoHistory.trainingMaterial)]),
    ]

    func run() async throws {
        try await load()
    }

    /// Writes the service's share; events already there are left as they are.
    func load() async throws {
        guard let share = Self.shares[service] else { throw ValidationError("service inconnu : \(service) (applications, jury ou resources)") }
        // The schema is the service's own and already migrated by the running service.
        try await CommandDatabase(service: service, defaultHTTPPort: share.port, migrations: []).withClient(migrating: false) { client, logger in
            try await client.withConnection { connection in
                for write in share.events { try await write(connection, logger) }
            }
        }
    }
}
