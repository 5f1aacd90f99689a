@testable import Applications
import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO
import Testing

/// The applications service run whole in this process on a schema of its own, with the
/// accounts, collectivités and drafts its tests need.
struct ApplicationsHarness {
    /// Inside both 2006–2008 calls' windows.
    static let march2007 = ParisTime.instant(LocalDate(year: 2007, month: 3, day: 15), hour: 10)
    static let consultingCall = "0a2c0000-2006-4000-8000-000000000002"
    static let innovationCall = "0a2c0000-2006-4000-8000-000000000003"
    static let password = "mot-de-passe-de-test"
    /// Small, so that the test sends an oversized file quickly.
    static let attachmentLimit = 64 * 1024

    let schema: TestSchema
    let api: APIClient
    let logger: Logger

    func account(_ email: String, role: Role, applicant: String? = nil) async throws -> APIClient {
        try await TestAccounts.create(email, role: role, password: ApplicationsHarness.password,
                                      organisationId: applicant.flatMap(UUID.init(uuidString:)), on: schema.client)
        return try await api.signedIn(email: email, password: ApplicationsHarness.password)
    }

    func applicant(_ staff: APIClient, name: String, insee: String, population: Int) async throws -> String {
        let reply = try await staff.post("/api/applicants", [
            "name": name, "kind": "commune", "inseeCode": insee, "population": population, "insideUrbanAgglomeration": false,
            "contacts": [["name": "Secrétariat de mairie", "email": "mairie-\(insee)@example.org"]],
        ])
        #expect(reply.status == 201)
        return try #require(reply.object["id"] as? String)
    }

    /// A commune with its own account and a filled consulting-aid draft: the account and the draft's id.
    func communeWithDraft(_ staff: APIClient, name: String, insee: String, population: Int,
                          email: String) async throws -> (applicant: APIClient, dossier: String) {
        let applicantId = try await applicant(staff, name: name, insee: insee, population: population)
        let account = try await account(email, role: .applicant, applicant: applicantId)
        let dossier = try #require(try await account.post("/api/dossiers", [
            "callId": ApplicationsHarness.consultingCall, "projectTitle": "Point public", "theme": "Services aux citoyens",
            "summary": "Un point d'accès.",
        ]).object["id"] as? String)
        return (account, dossier)
    }

    func status(of dossier: String) async throws -> String? {
        let rows = try await schema.client.query("SELECT status FROM dossiers WHERE id = \(UUID(uuidString: dossier)!)", logger: logger)
        for try await status in rows.decode(String.self) { return status }
        return nil
    }

    func outboxTypes(for dossier: String) async throws -> [String] {
        let rows = try await schema.client.query("""
            SELECT payload::jsonb->>'type' FROM outbox WHERE message_key = \(dossier) ORDER BY position
            """, logger: logger)
        var types: [String] = []
        for try await type in rows.decode(String.self) { types.append(type) }
        return types
    }

    /// Runs the service on a schema of its own, with the staff and applicant accounts the test needs.
    static func run(_ body: (ApplicationsHarness) async throws -> Void) async throws {
        var settings = ApplicationsConfiguration()
        settings.attachmentMaxBytes = ApplicationsHarness.attachmentLimit
        try await withInProcessService(ApplicationsService.definition(settings: settings, clock: { ApplicationsHarness.march2007 })) { schema, port in
            try await body(ApplicationsHarness(schema: schema, api: APIClient(port: port), logger: TestEnvironment.logger))
        }
    }
}
