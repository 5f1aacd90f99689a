import Foundation
import Kafka
import Logging
import Model
import PostgresNIO
@testable import Resources
import StaffAccess
import Testing

/// The resources service run whole in this process on a schema of its own, with a staff account.
struct ResourcesHarness {
    static let password = "mot-de-passe-de-test"
    static let now = ParisTime.instant(LocalDate(year: 2006, month: 12, day: 1), hour: 10)

    let schema: TestSchema
    let api: APIClient
    let logger: Logger
    /// The broker as the service sees it: its topics under the harness's own namespace.
    let kafka: KafkaConfiguration

    /// - Parameter diagnostic: the website diagnostic's settings (the tests' allow loopback and trust their fixtures' CA).
    static func run(clock: @escaping @Sendable () -> Date = { ResourcesHarness.now }, diagnostic: DiagnosticSettings = .init(),
                    _ body: (ResourcesHarness) async throws -> Void) async throws {
        var settings = ResourcesConfiguration()
        settings.publicURL = "https://ressources.ipc.example"
        settings.diagnostic = diagnostic
        var kafka = TestEnvironment.kafka()
        kafka.topicNamespace = TestEnvironment.uniqueName("resources")
        try await withInProcessService(ResourcesService.definition(settings: settings, clock: clock),
                                       topicNamespace: kafka.topicNamespace) { schema, port in
            try await body(ResourcesHarness(schema: schema, api: APIClient(port: port), logger: TestEnvironment.logger, kafka: kafka))
        }
    }

    func staff() async throws -> APIClient {
        let email = "centre-\(UUID().uuidString.prefix(6).lowercased())@ipc.example"
        try await TestAccounts.create(email, role: StaffRole.staff, password: Self.password, on: schema.client)
        return try await api.signedIn(email: email, password: Self.password)
    }

    /// A published publication; returns its id.
    func publish(_ staff: APIClient, kind: String = "guide", title: String, summary: String = "Une publication du centre de ressources.",
                 body: String, themes: [String] = [], audiences: [String] = []) async throws -> String {
        let created = try await staff.post("/api/publications", ["kind": kind, "title": title, "summary": summary, "body": body,
                                                                  "themes": themes, "audiences": audiences, "authors": ["ARDESI"]])
        try #require(created.status == 201, "\(created.status) \(String(decoding: created.body, as: UTF8.self))")
        let id = try #require(created.object["id"] as? String)
        try #require(try await staff.post("/api/publications/\(id)/publish").status == 200)
        return id
    }
}
