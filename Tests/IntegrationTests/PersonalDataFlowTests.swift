@testable import Applications
import Foundation
@testable import Jury
import Model
import PostgresNIO
import Testing

/// A person's data across two services run whole: the request recorded in applications, the
/// jury's part through `applications.v1`, its confirmation back through `jury.v1`.
@Suite("Personal data requests across services", .platform, .serialized)
struct PersonalDataFlowTests {
    static let person = "secretariat.rgpd@region.example"

    @Test("A jury member's copy shows the decision they recorded; their erasure keeps the decision, without their name, and closes their account")
    func juryMember() async throws {
        try await ApplicationsHarness.run { applications in
            let admin = try await applications.account("admin.rgpd@region.example", role: .admin)
            let applicantId = try await applications.applicant(admin, name: "Commune de Massat", insee: "09181", population: 640)
            // The person is also one of the collectivité's contacts, as an address in other letter case.
            try await applications.schema.client.query("""
                UPDATE applicants SET contacts = contacts || jsonb_build_array(jsonb_build_object('name', 'Secrétariat', 'email', \(Self.person.uppercased())))
                WHERE id = \(UUID(uuidString: applicantId)!)
                """, logger: applications.logger)
            let dossier = try #require(try await admin.post("/api/dossiers", [
                "callId": ApplicationsHarness.consultingCall, "applicantId": applicantId, "projectTitle": "Point public",
                "theme": "Services aux citoyens", "summary": "Un point d'accès en mairie.",
            ]).object["id"] as? String)
            #expect(try await admin.post("/api/dossiers/\(dossier)/submit").status == 200)
            #expect(try await admin.post("/api/dossiers/\(dossier)/complete").status == 200)
            let applicationId = try #require(ApplicationID(uuidString: dossier))

            try await JuryHarness.run { jury in
                let arrived = try await eventually {
                    try await jury.schema.count("""
                        SELECT count(*)::int FROM dossiers d JOIN calls c USING (call_id) WHERE d.application_id = \(applicationId.uuid) AND d.status = 'complete'
                        """, logger: jury.logger) == 1
                }
                try #require(arrived, "the completed dossier reached the jury's view")
                let (staff, _) = try await jury.member(Self.person, role: .staff)
                let (_, chairId) = try await jury.member("presidente.rgpd@region.example", role: .juror)
                let call = try #require(CallID(uuidString: ApplicationsHarness.consultingCall))
                let scheduled = try await jury.schedule(staff, calls: [call], members: [(chairId, "chair")], quorum: 1)
                let sitting = try #require((scheduled.object["sitting"] as? [String: Any])?["id"] as? String)
                // Other tests' dossiers of the same seeded call may share the agenda: they are deferred, by the same person.
                let agenda = try await staff.get("/api/sittings/\(sitting)/agenda").array
                for entry in agenda {
                    let id = try #require(entry["applicationId"] as? String)
                    let body: [String: Any] = id == dossier ? ["decision": "selected", "consultingDays": 9] : ["decision": "deferred"]
                    #expect(try await staff.put("/api/sittings/\(sitting)/dossiers/\(id)/decision", body).status == 200)
                }
                let decision: PostgresQuery = "SELECT decision || ' ' || consulting_days || ' ' || decided_by FROM decisions WHERE application_id = \(applicationId.uuid)"
                #expect(try await jury.schema.text(decision, logger: jury.logger) == "selected 9 \(Self.person) (équipe du programme)")

                // The copy: the applications part at once, the jury's through the broker.
                let export = try await admin.post("/api/personal-data-requests", ["email": Self.person, "kind": "export"])
                #expect(export.status == 201)
                let exportId = try #require(export.object["id"] as? String)
                #expect(export.object["subject"] as? String == "s•••@region.example")
                #expect(try await confirmed(exportId, by: admin) == ["applications", "jury"])
                let copy = try await admin.get("/api/personal-data-requests/\(exportId)/export").object
                let sections = try #require(copy["services"] as? [[String: Any]])
                let categories = Dictionary(uniqueKeysWithValues: sections.map { section in
                    (section["service"] as? String ?? "", (section["records"] as? [[String: Any]] ?? []).compactMap { $0["category"] as? String }.sorted())
                })
                #expect(categories == ["applications": ["Contact d'une collectivité"],
                                       "jury": ["Compte"] + Array(repeating: "Décision enregistrée", count: agenda.count)])
                #expect(copy["complete"] as? Bool == false, "training, resources and notifications are not running")

                // The erasure: the decision stays, the name goes, the account closes.
                let erasure = try await admin.post("/api/personal-data-requests", ["email": Self.person, "kind": "erasure"])
                let erasureId = try #require(erasure.object["id"] as? String)
                #expect(try await confirmed(erasureId, by: admin) == ["applications", "jury"])
                let waiting = try await admin.get("/api/personal-data-requests/\(erasureId)").object["waitingFor"] as? [String]
                #expect(waiting == ["training", "resources", "notifications"])
                #expect(try await jury.schema.text(decision, logger: jury.logger) == "selected 9 Compte effacé (équipe du programme)")
                #expect(try await jury.schema.count("SELECT count(*)::int FROM accounts WHERE lower(email) = lower(\(Self.person))", logger: jury.logger) == 0)
                #expect(try await staff.get("/api/sittings").status == 401, "the erased account's token no longer opens anything")
                let contacts = try await applications.schema.text(
                    "SELECT contacts::text FROM applicants WHERE id = \(UUID(uuidString: applicantId)!)", logger: applications.logger)
                #expect(contacts?.lowercased().contains(Self.person) == false)
                #expect(try await applications.schema.count(
                    "SELECT count(*)::int FROM audit_log WHERE action = 'personalData.requested'", logger: applications.logger) == 2)

                // The jury's request delivered again changes nothing, and confirms nothing twice.
                #expect(try await admin.get("/api/personal-data-requests/\(erasureId)/export").status == 409)
            }
        }
    }

    /// The services that confirmed the request, once the jury has.
    private func confirmed(_ id: String, by admin: APIClient) async throws -> [String] {
        var services: [String] = []
        _ = try await eventually {
            let confirmations = try await admin.get("/api/personal-data-requests/\(id)").object["confirmations"] as? [[String: Any]] ?? []
            services = confirmations.compactMap { $0["service"] as? String }.sorted()
            return services.contains("jury")
        }
        return services
    }
}
