import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess
import Testing
@testable import Training

/// The training service run whole in this process on a schema of its own, with a staff
/// account and the sessions its tests need.
struct TrainingHarness {
    static let password = "mot-de-passe-de-test"
    /// A Thursday morning in March 2007; sessions start in the weeks after.
    static let now = ParisTime.instant(LocalDate(year: 2007, month: 3, day: 1), hour: 9)

    let schema: TestSchema
    let api: APIClient
    let logger: Logger

    /// Runs the service; `clock` moves the service's now (for deadlines).
    static func run(clock: @escaping @Sendable () -> Date = { TrainingHarness.now }, _ body: (TrainingHarness) async throws -> Void) async throws {
        var settings = TrainingConfiguration()
        settings.publicURL = "https://formations.ipc.example"
        // Its own topics: the thousand registrations of a test must not reach other tests' notifications.
        try await withInProcessService(TrainingService.definition(settings: settings, clock: clock),
                                       topicNamespace: TestEnvironment.uniqueName("training")) { schema, port in
            try await body(TrainingHarness(schema: schema, api: APIClient(port: port), logger: TestEnvironment.logger))
        }
    }

    func staff() async throws -> APIClient {
        let email = "equipe-\(UUID().uuidString.prefix(6).lowercased())@ipc.example"
        try await TestAccounts.create(email, role: StaffRole.staff, password: Self.password, on: schema.client)
        return try await api.signedIn(email: email, password: Self.password)
    }

    /// An open session `daysAhead` days after the test's now; returns its id.
    func openSession(_ staff: APIClient, kind: String = "projectWorkshop", capacity: Int? = nil, department: String = "09",
                     daysAhead: Double = 20, title: String = "Mettre ses démarches en ligne") async throws -> String {
        let startsAt = Self.now.addingTimeInterval(daysAhead * 86_400)
        var form: [String: Any] = [
            "kind": kind, "audience": "electedOfficials", "title": title, "theme": "services-aux-citoyens",
            "description": "Un atelier pour choisir les premiers services en ligne.", "host": "Commune de Foix", "department": department,
            "town": "Foix", "address": "Place de la mairie", "room": "Salle du conseil", "internetConnection": true, "stepFreeAccess": true,
            "startsAt": ISO8601DateFormatter().string(from: startsAt),
            "endsAt": ISO8601DateFormatter().string(from: startsAt.addingTimeInterval(3 * 3600)), "trainer": "ARDESI",
        ]
        if let capacity { form["capacity"] = capacity }
        let created = try await staff.post("/api/sessions", form)
        try #require(created.status == 201, "\(created.status) \(String(decoding: created.body, as: UTF8.self))")
        let id = try #require(created.object["id"] as? String)
        try #require(try await staff.post("/api/sessions/\(id)/open").status == 200)
        return id
    }

    /// Registers someone; returns the reply.
    func register(_ session: String, email: String, name: String = "Marie Durand", role: String = "mayor") async throws -> APIClient.Reply {
        try await api.post("/api/sessions/\(session)/registrations", ["name": name, "email": email, "role": role, "collectivite": "09122"])
    }

    /// The types of the training events the outbox holds for `key`, in order.
    func outcomes(of session: String) async throws -> [String] {
        let rows = try await schema.client.query("""
            SELECT payload::jsonb->'data'->>'outcome' FROM outbox WHERE message_key = \(session)
              AND payload::jsonb->>'type' = 'RegistrationChanged' ORDER BY position
            """, logger: logger)
        var outcomes: [String] = []
        for try await outcome in rows.decode(String.self) { outcomes.append(outcome) }
        return outcomes
    }
}
