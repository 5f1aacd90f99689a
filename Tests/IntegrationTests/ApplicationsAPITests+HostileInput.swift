@testable import Applications
import Foundation
import Model
import PostgresNIO
import Testing

/// What a hostile or careless client sends: amounts that overflow, control characters,
/// malformed addresses. Each gets a French problem document, nothing is written, and the
/// service keeps answering.
extension ApplicationsAPITests {
    @Test("An eligible cost of 20 trillion euros is refused with its field, at the draft and at submission; the service stays up")
    func oversizedAmounts() async throws {
        try await ApplicationsHarness.run { harness in
            let admin = try await harness.account("admin@region.example", role: .admin)
            let applicantId = try await harness.applicant(admin, name: "Commune de Massat", insee: "09181", population: 640)
            let applicant = try await harness.account("mairie@massat.example", role: .applicant, applicant: applicantId)

            // The defect as reported: 2,000,000,000,000,000 cents, accepted as a draft, then a crash at submission.
            let refused = try await applicant.post("/api/dossiers", ["callId": ApplicationsHarness.innovationCall, "eligibleCost": 2_000_000_000_000_000])
            #expect(refused.status == 422 && refused.isProblem && refused.problemFields == ["eligibleCost"])
            let message = (refused.object["errors"] as? [[String: Any]])?.first?["message"] as? String
            #expect(message == "Le coût éligible dépasse 100\u{202F}000\u{202F}000,00\u{00A0}€ : vérifiez le montant saisi.")
            #expect(try await harness.schema.count("SELECT count(*)::int FROM dossiers", logger: harness.logger) == 0)

            let created = try await applicant.post("/api/dossiers", ["callId": ApplicationsHarness.innovationCall, "projectTitle": "Visio-guichet",
                                                                      "theme": "Services aux citoyens", "summary": "Un guichet."])
            let dossier = try #require(created.object["id"] as? String)
            for cost: Int64 in [Int64.max, 10_000_000_001, 0, -5] {
                let edit = try await applicant.put("/api/dossiers/\(dossier)", ["eligibleCost": cost])
                #expect(edit.status == 422 && edit.problemFields == ["eligibleCost"], "eligibleCost \(cost)")
            }
            let beyondInt64 = try await applicant.send("PUT", "/api/dossiers/\(dossier)", body: Data(#"{"eligibleCost": 99999999999999999999}"#.utf8))
            #expect(beyondInt64.status == 400 && beyondInt64.isProblem, "Foundation's decoder reads a number beyond 64 bits as malformed JSON")

            // A cost written before the bound existed: the submission refuses it instead of trapping.
            try await harness.schema.client.query("UPDATE dossiers SET eligible_cost_cents = \(Int64.max) WHERE id = \(UUID(uuidString: dossier)!)",
                                                  logger: harness.logger)
            let submitted = try await applicant.post("/api/dossiers/\(dossier)/submit")
            #expect(submitted.status == 422 && submitted.problemFields == ["eligibleCost"])
            #expect(try await harness.status(of: dossier) == "draft")
            #expect(try await harness.api.get("/health/live").status == 200)

            // The largest enterable cost goes through, its subsidy capped.
            _ = try await applicant.put("/api/dossiers/\(dossier)", ["eligibleCost": 10_000_000_000])
            let accepted = try await applicant.post("/api/dossiers/\(dossier)/submit")
            #expect(accepted.status == 200 && accepted.object["requestedSubsidy"] as? Int == 5_000_000)

            // Counts: a population beyond any collectivité, a call's places and days out of bounds.
            let crowded = try await admin.post("/api/applicants", ["name": "Commune géante", "kind": "commune", "inseeCode": "09182",
                                                                    "population": 3_000_000_000])
            #expect(crowded.status == 422 && crowded.problemFields == ["population"])
            let oversizedCall = try await admin.post("/api/calls", [
                "action": "consultingAid", "title": "Appel démesuré", "opensAt": "2007-01-01T00:00:00Z", "closesAt": "2007-12-31T00:00:00Z",
                "eligibleKinds": ["commune"], "maxBeneficiaries": 10_001, "consultingDays": 366, "criteria": ["Taille"],
                "budgetEnvelope": 10_000_000_001,
            ])
            #expect(oversizedCall.status == 422 && oversizedCall.problemFields == ["maxBeneficiaries", "budgetEnvelope", "consultingDays"])
        }
    }

    @Test("Control characters are refused with a 422 naming the field; line breaks only in text areas; a %00 in the address is a 400")
    func controlCharacters() async throws {
        try await ApplicationsHarness.run { harness in
            let admin = try await harness.account("admin@region.example", role: .admin)
            let nul = try await admin.post("/api/applicants", ["name": "Commune\u{0}de Prat", "kind": "commune", "inseeCode": "09235",
                                                                "population": 100])
            #expect(nul.status == 422 && nul.isProblem && nul.problemFields == ["name"])
            let contact = try await admin.post("/api/applicants", [
                "name": "Commune de Prat", "kind": "commune", "inseeCode": "09235", "population": 100,
                "contacts": [["name": "Secrétariat\nBcc: intrus@example.org", "email": "mairie@prat.example"]],
            ])
            #expect(contact.status == 422 && contact.problemFields == ["contacts.0.name"])
            #expect(try await harness.schema.count("SELECT count(*)::int FROM applicants", logger: harness.logger) == 0)

            let applicantId = try await harness.applicant(admin, name: "Commune de Prat", insee: "09235", population: 100)
            let applicant = try await harness.account("mairie@prat.example", role: .applicant, applicant: applicantId)
            let dossier = try #require(try await applicant.post("/api/dossiers", ["callId": ApplicationsHarness.consultingCall]).object["id"] as? String)
            let withNul = try await applicant.put("/api/dossiers/\(dossier)", ["summary": "avant\u{0}après"])
            #expect(withNul.status == 422 && withNul.problemFields == ["summary"])
            let message = (withNul.object["errors"] as? [[String: Any]])?.first?["message"] as? String
            #expect(message == "Le champ « summary » contient un caractère de contrôle (U+0000) : retirez-le.")
            let titleOnTwoLines = try await applicant.put("/api/dossiers/\(dossier)", ["projectTitle": "Point\npublic"])
            #expect(titleOnTwoLines.status == 422 && titleOnTwoLines.problemFields == ["projectTitle"])
            let paragraphs = try await applicant.put("/api/dossiers/\(dossier)", ["summary": "Premier paragraphe.\n\n\tSecond paragraphe."])
            #expect(paragraphs.status == 200 && paragraphs.object["summary"] as? String == "Premier paragraphe.\n\n\tSecond paragraphe.")

            let query = try await admin.get("/api/dossiers?department=09%00")
            #expect(query.status == 400 && query.isProblem)
            let unknown = try await admin.get("/api/nulle-part")
            #expect(unknown.status == 404 && unknown.isProblem)
            #expect(try await harness.api.get("/health/live").status == 200)
        }
    }

    @Test("A JSON body declared as another type is refused with 415 before it is read, and nothing is written; JSON's own types are read")
    func wrongContentType() async throws {
        try await ApplicationsHarness.run { harness in
            let admin = try await harness.account("admin@region.example", role: .admin)
            let body = Data(#"{"name": "Commune de Seix", "kind": "commune", "inseeCode": "09285", "population": 750, "insideUrbanAgglomeration": false, "contacts": [{"name": "Mairie", "email": "mairie@seix.example"}]}"#.utf8)
            for type in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"] {
                let refused = try await admin.send("POST", "/api/applicants", body: body, contentType: type)
                #expect(refused.status == 415 && refused.isProblem, "\(type)")
                #expect((refused.object["detail"] as? String)?.contains("Content-Type: application/json") == true)
            }
            #expect(try await harness.schema.count("SELECT count(*)::int FROM applicants", logger: harness.logger) == 0)
            let accepted = try await admin.send("POST", "/api/applicants", body: body, contentType: "application/json; charset=utf-8")
            #expect(accepted.status == 201)
            let document = try await harness.api.get("/openapi.json").object
            let operation = ((document["paths"] as? [String: Any])?["/api/applicants"] as? [String: Any])?["post"] as? [String: Any]
            #expect((operation?["responses"] as? [String: Any])?["415"] != nil, "the document lists the refusal")
        }
    }

    @Test("GET /api/me names the bearer of a token, and refuses without one")
    func bearer() async throws {
        try await ApplicationsHarness.run { harness in
            let admin = try await harness.account("admin@region.example", role: .admin)
            let applicantId = try await harness.applicant(admin, name: "Commune d'Ercé", insee: "09114", population: 560)
            let applicant = try await harness.account("mairie@erce.example", role: .applicant, applicant: applicantId)
            let me = try await applicant.get("/api/me")
            #expect(me.status == 200)
            #expect(me.object["email"] as? String == "mairie@erce.example" && me.object["role"] as? String == "applicant")
            #expect(me.object["applicantId"] as? String == applicantId)
            #expect(try await admin.get("/api/me").object["role"] as? String == "admin")
            let anonymous = try await harness.api.get("/api/me")
            #expect(anonymous.status == 401 && anonymous.isProblem)
        }
    }
}
