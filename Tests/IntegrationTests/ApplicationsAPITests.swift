@testable import Applications
import Events
import Foundation
import Kafka
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceKit
import Testing

/// The applications service, started whole on the real database and broker, driven
/// through its JSON API as the portal and the back office drive it.
@Suite("Applications API", .platform, .serialized)
struct ApplicationsAPITests {
    let logger = TestEnvironment.logger

    @Test("A dossier goes from draft to submitted with every check, its event reaches the broker, and staff move it on")
    func lifecycle() async throws {
        try await ApplicationsHarness.run { harness in
            let api = harness.api
            let admin = try await harness.account("admin@region.example", role: .admin)

            // The seeded calls are listed with their places, to anyone.
            let calls = try await api.get("/api/calls")
            #expect(calls.status == 200)
            let seeded = calls.array.first { ($0["call"] as? [String: Any])?["id"] as? String == ApplicationsHarness.innovationCall }
            #expect(seeded?["remainingPlaces"] as? Int == 25)

            let applicantId = try await harness.applicant(admin, name: "Commune de Saint-Lary", insee: "09264", population: 1_240)
            let applicant = try await harness.account("mairie@saint-lary.example", role: .applicant, applicant: applicantId)
            #expect(try await admin.get("/api/applicants/\(applicantId)").object["priorityTarget"] as? Bool == true)

            // A draft gets a readable reference; a second open dossier for the same call is refused.
            let created = try await applicant.post("/api/dossiers", ["callId": ApplicationsHarness.innovationCall])
            #expect(created.status == 201)
            let dossier = try #require(created.object["id"] as? String)
            #expect(created.object["reference"] as? String == "PI-2007-0001")
            let second = try await applicant.post("/api/dossiers", ["callId": ApplicationsHarness.innovationCall])
            #expect(second.status == 422 && second.isProblem && second.problemFields == ["callId"])

            // Submitting an empty draft reports every missing field at once and changes nothing.
            let empty = try await applicant.post("/api/dossiers/\(dossier)/submit")
            #expect(empty.status == 422)
            #expect(empty.isProblem)
            #expect(empty.problemFields == ["projectTitle", "theme", "summary", "eligibleCost"])
            #expect(try await harness.status(of: dossier) == "draft")
            #expect(try await harness.outboxTypes(for: dossier).isEmpty)

            // An internal theme is refused with its reason.
            _ = try await applicant.put("/api/dossiers/\(dossier)", [
                "projectTitle": "Portail citoyen", "theme": "Mise en place d'un SIG", "summary": "Cartes en ligne.", "eligibleCost": 1_234_567,
            ])
            let excluded = try await applicant.post("/api/dossiers/\(dossier)/submit")
            #expect(excluded.status == 422 && excluded.problemFields == ["theme"])
            #expect((excluded.object["errors"] as? [[String: Any]])?.first?["message"] as? String
                    == "Le thème « Système d'information géographique (SIG) » n'est pas éligible : cet appel soutient des services numériques destinés aux usagers finaux.")

            // A valid dossier is submitted; the subsidy is 80 % of 12,345.67 EUR rounded down.
            _ = try await applicant.put("/api/dossiers/\(dossier)", ["theme": "Services aux citoyens"])
            let submitted = try await applicant.post("/api/dossiers/\(dossier)/submit")
            #expect(submitted.status == 200)
            #expect(submitted.object["status"] as? String == "submitted")
            #expect(submitted.object["requestedSubsidy"] as? Int == 987_653)

            // Its event is published by the relay to the real broker.
            let event = try await TopicWatcher.firstEvent(on: "applications.v1", aggregate: dossier)
            #expect(event?.type == ApplicationSubmitted.eventType)
            let payload = try #require(event.map { try EventCoding.decode(ApplicationSubmitted.self, from: $0.bytes) })
            #expect(payload.data.reference == "PI-2007-0001")
            #expect(payload.data.applicant.priorityTarget)
            #expect(payload.data.requestedSubsidy == Money(cents: 987_653))
            #expect(payload.data.contacts.map(\.email) == ["mairie-09264@example.org"])

            // The applicant cannot judge its own dossier; an impossible transition is a 409 in French.
            #expect(try await applicant.post("/api/dossiers/\(dossier)/complete").status == 403)
            let incomplete = try await admin.post("/api/dossiers/\(dossier)/incomplete", ["message": "Joindre la délibération."])
            #expect(incomplete.status == 200 && incomplete.object["staffMessage"] as? String == "Joindre la délibération.")
            let twice = try await admin.post("/api/dossiers/\(dossier)/incomplete", ["message": "Encore ?"])
            #expect(twice.status == 409 && twice.isProblem)
            #expect(twice.object["detail"] as? String == "Impossible de déclarer incomplet le dossier PI-2007-0001 : il est au statut « incomplet ».")

            #expect(try await applicant.post("/api/dossiers/\(dossier)/submit").status == 200)
            #expect(try await admin.post("/api/dossiers/\(dossier)/complete").object["status"] as? String == "complete")
            #expect(try await applicant.put("/api/dossiers/\(dossier)", ["theme": "Autre"]).status == 409)

            // Staff read the whole history; the outbox holds one event per announced step, in order.
            let history = try await admin.get("/api/dossiers/\(dossier)").object["history"] as? [[String: Any]] ?? []
            #expect(history.compactMap { $0["action"] as? String }
                    == ["Création du brouillon", "Modification", "Modification", "Dépôt du dossier", "Déclaré incomplet",
                        "Dépôt du dossier", "Déclaré complet"])
            #expect(try await harness.outboxTypes(for: dossier)
                    == ["ApplicationSubmitted", "ApplicationDeclaredIncomplete", "ApplicationSubmitted", "ApplicationDeclaredComplete"])

            // Withdrawal before a decision, then no way back.
            #expect(try await applicant.post("/api/dossiers/\(dossier)/withdraw").object["status"] as? String == "withdrawn")
            #expect(try await applicant.post("/api/dossiers/\(dossier)/submit").status == 409)

            // Every transition's event reached the broker, in order, under the dossier's key.
            let published = try await TopicWatcher.events(on: "applications.v1", aggregate: dossier, count: 5)
            #expect(published == ["ApplicationSubmitted", "ApplicationDeclaredIncomplete", "ApplicationSubmitted",
                                  "ApplicationDeclaredComplete", "ApplicationWithdrawn"])
        }
    }

    @Test("An applicant sees only its own collectivité's dossiers; bad requests get problem documents")
    func isolationAndRefusals() async throws {
        try await ApplicationsHarness.run { harness in
            let api = harness.api
            let admin = try await harness.account("instructeur@region.example", role: .instructor)
            let first = try await harness.applicant(admin, name: "Commune d'Aulus", insee: "09029", population: 210)
            let second = try await harness.applicant(admin, name: "Commune de Seix", insee: "09285", population: 750)
            let aulus = try await harness.account("mairie@aulus.example", role: .applicant, applicant: first)
            let seix = try await harness.account("mairie@seix.example", role: .applicant, applicant: second)

            // Two drafts for one call racing each other: the unique index lets exactly one in.
            async let firstTry = aulus.post("/api/dossiers", ["callId": ApplicationsHarness.consultingCall])
            async let secondTry = aulus.post("/api/dossiers", ["callId": ApplicationsHarness.consultingCall])
            let attempts = try await [firstTry, secondTry]
            #expect(attempts.map(\.status).sorted() == [201, 422])
            let dossier = try #require(attempts.first { $0.status == 201 }?.object["id"] as? String)
            #expect(try await aulus.get("/api/dossiers").array.count == 1)
            #expect(try await seix.get("/api/dossiers").array.isEmpty)
            #expect(try await seix.get("/api/dossiers/\(dossier)").status == 404)
            #expect(try await seix.post("/api/dossiers/\(dossier)/withdraw").status == 404)
            #expect(try await admin.get("/api/dossiers?callId=\(ApplicationsHarness.consultingCall)&department=09&priorityTarget=true").array.count == 1)
            #expect(try await admin.get("/api/dossiers?status=nimporte").status == 400)
            let export = try await admin.get("/api/dossiers/export.csv?callId=\(ApplicationsHarness.consultingCall)")
            #expect(export.status == 200 && export.contentType?.hasPrefix("text/csv") == true)
            #expect(Array(export.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(String(decoding: export.body, as: UTF8.self).contains("Commune d'Aulus;Commune;09029;09;210;oui"))
            #expect(try await aulus.get("/api/dossiers/export.csv").status == 403)
            let blank = try await api.get("/api/calls/\(ApplicationsHarness.innovationCall)/blank-form")
            #expect(blank.status == 200 && String(decoding: blank.body, as: UTF8.self).contains("Coût éligible du projet"))

            // No token, a wrong password, malformed JSON, a wrong type: problems, never a 500.
            #expect(try await api.get("/api/dossiers").status == 401)
            let wrongPassword = try await api.post("/api/auth/token", ["email": "mairie@aulus.example", "password": "faux"])
            #expect(wrongPassword.status == 401 && wrongPassword.isProblem)
            let malformed = try await aulus.send("POST", "/api/dossiers", body: Data("{\"callId\": ".utf8))
            #expect(malformed.status == 400 && malformed.isProblem)
            let mistyped = try await aulus.post("/api/dossiers", ["callId": ApplicationsHarness.consultingCall, "eligibleCost": "beaucoup"])
            #expect(mistyped.status == 400 && mistyped.problemFields == ["eligibleCost"])
            let applicantInvalid = try await admin.post("/api/applicants", ["name": "", "kind": "commune", "inseeCode": "1", "population": -1])
            #expect(applicantInvalid.status == 422 && applicantInvalid.problemFields == ["name", "inseeCode", "department", "population"])
            #expect(try await harness.schema.count("SELECT count(*)::int FROM applicants", logger: harness.logger) == 2)
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE payload::jsonb->>'type' = 'ApplicantRegistered'
                  AND payload::jsonb->'data'->'applicant'->>'applicantId' IN (SELECT id::text FROM applicants)
                """, logger: harness.logger) == 2, "each registration is announced, in its own transaction")
            let duplicate = try await admin.post("/api/applicants", ["name": "Seix bis", "kind": "commune", "inseeCode": "09285", "population": 1])
            #expect(duplicate.status == 409)

            // Accounts: opened by an administrator only, checked, and usable at once.
            let opening: [String: Any] = ["email": "secretariat@seix.example", "displayName": "Secrétariat de Seix",
                                          "password": "un-mot-de-passe-solide", "role": "applicant", "applicantId": second]
            #expect(try await admin.post("/api/accounts", opening).status == 403, "an instructor is not an administrator")
            let administrator = try await harness.account("admin@region.example", role: .admin)
            #expect(try await administrator.post("/api/accounts", opening).status == 201)
            #expect(try await administrator.post("/api/accounts", opening).status == 409)
            let weak = try await administrator.post("/api/accounts", ["email": "x", "displayName": "", "password": "court", "role": "applicant"])
            #expect(weak.status == 422 && weak.problemFields == ["email", "displayName", "password", "applicantId"])
            let secretariat = try await api.signedIn(email: "secretariat@seix.example", password: "un-mot-de-passe-solide")
            #expect(try await secretariat.get("/api/applicants/\(second)").object["name"] as? String == "Commune de Seix")
        }
    }

    @Test("A transition is written only on the dossier as it was read: a stale one writes nothing, racing ones win once")
    func concurrentTransitions() async throws {
        try await ApplicationsHarness.run { harness in
            let admin = try await harness.account("admin@region.example", role: .admin)
            let (applicant, dossier) = try await harness.communeWithDraft(admin, name: "Commune de Couflens", insee: "09100", population: 90,
                                                                          email: "mairie@couflens.example")
            let id = try #require(UUID(uuidString: dossier).map(ApplicationID.init))
            let repository = DossierRepository(logger: harness.logger)
            func historyRows() async throws -> Int {
                try await harness.schema.count("SELECT count(*)::int FROM dossier_history WHERE dossier_id = \(id.uuid)", logger: harness.logger)
            }

            // Read, then changed by someone else: the write of what was read is refused whole.
            let read = try #require(try await repository.current(id, on: harness.schema.client))
            #expect(try await applicant.post("/api/dossiers/\(dossier)/withdraw").status == 200)
            var stale = read.dossier
            stale.status = .submitted
            let event = try OutboxRecord(EventEnvelope(source: "applications", data: ApplicationWithdrawn(
                applicationId: id, reference: stale.reference, withdrawnAt: ApplicationsHarness.march2007)))
            #expect(try await repository.write(stale, ifStillAt: read.version, event: event, actor: "test", action: "Périmé",
                                               on: harness.schema.client) == false)
            #expect(try await harness.status(of: dossier) == "withdrawn")
            #expect(try await harness.outboxTypes(for: dossier) == ["ApplicationWithdrawn"])
            #expect(try await historyRows() == 2)

            // Two withdrawals of a fresh draft at once: one is written with its event, the other is a 409.
            let second = try #require(try await applicant.post("/api/dossiers", ["callId": ApplicationsHarness.consultingCall]).object["id"] as? String)
            async let first = applicant.post("/api/dossiers/\(second)/withdraw")
            async let again = applicant.post("/api/dossiers/\(second)/withdraw")
            let replies = try await [first, again]
            #expect(replies.map(\.status).sorted() == [200, 409])
            #expect(try await harness.outboxTypes(for: second) == ["ApplicationWithdrawn"])
        }
    }

    @Test("A call closed by an admin refuses submissions; only admins manage calls")
    func closingACall() async throws {
        try await ApplicationsHarness.run { harness in
            let admin = try await harness.account("admin@region.example", role: .admin)
            let instructor = try await harness.account("instructeur@region.example", role: .instructor)
            let (applicant, dossier) = try await harness.communeWithDraft(admin, name: "Commune d'Ustou", insee: "09324", population: 320,
                                                                          email: "mairie@ustou.example")

            #expect(try await instructor.post("/api/calls/\(ApplicationsHarness.consultingCall)/close").status == 403)
            #expect(try await admin.post("/api/calls/\(ApplicationsHarness.consultingCall)/close").status == 200)
            #expect(try await admin.post("/api/calls/\(ApplicationsHarness.consultingCall)/close").status == 409)
            let refused = try await applicant.post("/api/dossiers/\(dossier)/submit")
            #expect(refused.status == 422 && refused.problemFields == ["callId"])

            // A new call is data: created, listed, and announced.
            let created = try await admin.post("/api/calls", [
                "action": "consultingAid", "title": "Aide au conseil 2026", "description": "Nouvelle édition.",
                "opensAt": "2007-01-01T00:00:00Z", "closesAt": "2007-12-31T22:59:59Z", "eligibleKinds": ["commune"],
                "maxBeneficiaries": 10, "consultingDays": 7, "criteria": ["Taille"],
            ])
            #expect(created.status == 201)
            let newCall = try #require(created.object["id"] as? String)
            #expect(try await harness.outboxTypes(for: newCall) == ["CallPublished"])
            // Edited: the new rules are announced again; the action of a call never changes.
            let edited: [String: Any] = [
                "action": "consultingAid", "title": "Aide au conseil 2026 (modifié)", "description": "Nouvelle édition.",
                "opensAt": "2007-01-01T00:00:00Z", "closesAt": "2007-12-31T22:59:59Z", "eligibleKinds": ["commune", "pays"],
                "maxBeneficiaries": 12, "consultingDays": 7, "criteria": ["Taille"],
            ]
            let updated = try await admin.put("/api/calls/\(newCall)", edited)
            #expect(updated.status == 200 && updated.object["maxBeneficiaries"] as? Int == 12)
            #expect(try await harness.outboxTypes(for: newCall) == ["CallPublished", "CallPublished"])
            var otherAction = edited
            otherAction["action"] = "innovationGrant"
            otherAction["subsidyRule"] = ["rate": 8000, "cap": 5_000_000]
            let refusedEdit = try await admin.put("/api/calls/\(newCall)", otherAction)
            #expect(refusedEdit.status == 422 && refusedEdit.problemFields == ["action"])
            #expect(try await instructor.put("/api/calls/\(newCall)", edited).status == 403)
            let invalid = try await admin.post("/api/calls", ["action": "innovationGrant", "title": "", "maxBeneficiaries": 0])
            #expect(invalid.status == 422)
            #expect(invalid.problemFields == ["title", "opensAt", "closesAt", "eligibleKinds", "maxBeneficiaries", "criteria", "subsidyRule"])
            // The seeded calls' events decode as the contract says.
            let seeded = try await harness.schema.client.query(
                "SELECT payload FROM outbox WHERE message_key = \(ApplicationsHarness.innovationCall)", logger: harness.logger)
            for try await payload in seeded.decode(String.self) {
                let event = try EventCoding.decode(CallPublished.self, from: Array(payload.utf8))
                #expect(event.data.maxBeneficiaries == 25 && event.data.subsidyCap == Money(euros: 50_000))
                #expect(event.data.subsidyRate == Rate(percent: 80)!)
                #expect(ParisTime.localDate(of: event.data.closesAt) == LocalDate(year: 2007, month: 9, day: 30))
            }
            // Announced again by version 108, one envelope id per call, the outbox row carrying the same id.
            let announcements = try await harness.schema.client.query("""
                SELECT event_id, payload FROM outbox
                WHERE message_key = ANY(\([ApplicationsHarness.consultingCall, ApplicationsHarness.innovationCall])) AND payload::jsonb->>'type' = 'CallPublished'
                """, logger: harness.logger)
            var consistent: [String: UUID] = [:]
            for try await (eventId, payload) in announcements.decode((UUID, String).self) {
                let event = try EventCoding.decode(CallPublished.self, from: Array(payload.utf8))
                if event.id == eventId { consistent[event.data.callId.description] = eventId }
            }
            #expect(consistent.keys.sorted() == [ApplicationsHarness.consultingCall, ApplicationsHarness.innovationCall])
            #expect(Set(consistent.values).count == 2)
        }
    }

    @Test("The jury's events move the dossier: on the agenda, then selected; a replay changes nothing")
    func juryDecisions() async throws {
        try await ApplicationsHarness.run { harness in
            let admin = try await harness.account("admin@region.example", role: .admin)
            let (applicant, dossier) = try await harness.communeWithDraft(admin, name: "Commune de Massat", insee: "09182", population: 650,
                                                                          email: "mairie@massat.example")
            #expect(try await applicant.post("/api/dossiers/\(dossier)/submit").status == 200)
            #expect(try await admin.post("/api/dossiers/\(dossier)/complete").status == 200)

            // The jury's events, published to the real topic the service consumes.
            let producer = try KafkaProducer(configuration: TestEnvironment.kafka(), logger: logger)
            let sitting = JurySessionID()
            let callId = try #require(CallID(uuidString: ApplicationsHarness.consultingCall))
            let applicationId = try #require(ApplicationID(uuidString: dossier))
            let scheduled = EventEnvelope(source: "jury", data: JurySittingScheduled(
                sittingId: sitting, sittingDate: LocalDate(year: 2007, month: 4, day: 12), callIds: [callId],
                cutOff: ApplicationsHarness.march2007.addingTimeInterval(3600)))
            let selected = EventEnvelope(source: "jury", data: ApplicationSelected(
                sittingId: sitting, applicationId: applicationId, reference: "AC-2007-0001", grantedAmount: nil, consultingDays: 7,
                motivation: nil, decidedAt: ApplicationsHarness.march2007.addingTimeInterval(7200)))
            try await withRunningServices([producer]) {
                // A sitting and a decision have different keys, so different partitions: as in real life,
                // the decision comes once the agenda is set.
                try await producer.publish(scheduled)
                let placed = try await eventually { try await harness.status(of: dossier) == "onAgenda" }
                #expect(placed)
                try await producer.publish(selected)
                try await producer.publish(selected)
                let decided = try await eventually { try await harness.status(of: dossier) == "selected" }
                #expect(decided)
                let history = try await admin.get("/api/dossiers/\(dossier)").object["history"] as? [[String: Any]] ?? []
                #expect(history.compactMap { $0["actor"] as? String }.suffix(2) == ["jury", "jury"])
                // The duplicate was absorbed by the inbox: one decision, one history line for it.
                try await Task.sleep(for: .seconds(1))
                #expect(try await harness.schema.count("SELECT count(*)::int FROM jury_decisions WHERE application_id = \(applicationId.uuid)",
                                                      logger: harness.logger) == 1)
                #expect(try await harness.schema.count("SELECT count(*)::int FROM dossier_history WHERE actor = 'jury'", logger: harness.logger) == 2)
                let calls = try await harness.api.get("/api/calls").array
                let consulting = calls.first { ($0["call"] as? [String: Any])?["id"] as? String == ApplicationsHarness.consultingCall }
                #expect(consulting?["remainingPlaces"] as? Int == 49)
            }
        }
    }

    @Test("Attachments: sniffed, hashed, limited in size, downloadable by the collectivité and staff only")
    func attachments() async throws {
        try await ApplicationsHarness.run { harness in
            let staff = try await harness.account("instructeur@region.example", role: .instructor)
            let first = try await harness.applicant(staff, name: "Commune d'Oust", insee: "09237", population: 550)
            let second = try await harness.applicant(staff, name: "Commune d'Ercé", insee: "09114", population: 560)
            let oust = try await harness.account("mairie@oust.example", role: .applicant, applicant: first)
            let erce = try await harness.account("mairie@erce.example", role: .applicant, applicant: second)
            let dossier = try #require(try await oust.post("/api/dossiers", [
                "callId": ApplicationsHarness.consultingCall, "projectTitle": "Point public", "theme": "Services aux citoyens", "summary": "Un point d'accès.",
            ]).object["id"] as? String)

            let pdf = Array("%PDF-1.4\n% délibération du conseil municipal\n".utf8) + [UInt8](repeating: 0x20, count: 2_000)
            let uploaded = try await oust.upload("/api/dossiers/\(dossier)/attachments", fileName: "délibération.pdf", content: pdf)
            #expect(uploaded.status == 201)
            #expect(uploaded.object["kind"] as? String == "pdf")
            #expect(uploaded.object["sizeBytes"] as? Int == pdf.count)
            #expect(uploaded.object["sha256"] as? String == SHA256Hex.of(pdf))
            let attachment = try #require(uploaded.object["id"] as? String)

            // The wrong type, whatever its name, and an oversized file: refused, nothing stored.
            let executable = try await oust.upload("/api/dossiers/\(dossier)/attachments", fileName: "budget.pdf",
                                                   content: Array("MZ\u{90}\0 not a document".utf8))
            #expect(executable.status == 415 && executable.isProblem && executable.problemFields == ["file"])
            let oversized = try await oust.upload("/api/dossiers/\(dossier)/attachments", fileName: "plan.pdf",
                                                  content: Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: ApplicationsHarness.attachmentLimit))
            #expect(oversized.status == 413 && oversized.isProblem)
            let huge = try await oust.upload("/api/dossiers/\(dossier)/attachments", fileName: "plan.pdf",
                                             content: Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: 4 * ApplicationsHarness.attachmentLimit))
            #expect(huge.status == 413)
            #expect(try await harness.schema.count("SELECT count(*)::int FROM attachments", logger: harness.logger) == 1)

            // Downloads: the collectivité and staff get the same bytes; another collectivité does not see it.
            let download = try await oust.get("/api/dossiers/\(dossier)/attachments/\(attachment)")
            #expect(download.status == 200 && Array(download.body) == pdf && download.contentType == "application/pdf")
            #expect(download.contentDisposition?.contains("filename*=UTF-8''d%C3%A9lib%C3%A9ration.pdf") == true)
            #expect(Array(try await staff.get("/api/dossiers/\(dossier)/attachments/\(attachment)").body) == pdf)
            #expect(try await erce.get("/api/dossiers/\(dossier)/attachments/\(attachment)").status == 404)
            #expect(try await erce.upload("/api/dossiers/\(dossier)/attachments", fileName: "x.pdf", content: pdf).status == 404)
            #expect(try await oust.get("/api/dossiers/\(dossier)/attachments").array.count == 1)

            // Once submitted, the dossier takes no more pieces until it is sent back as incomplete.
            #expect(try await oust.post("/api/dossiers/\(dossier)/submit").status == 200)
            #expect(try await oust.upload("/api/dossiers/\(dossier)/attachments", fileName: "annexe.pdf", content: pdf).status == 409)
        }
    }
}
