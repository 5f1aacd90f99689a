import Foundation
import PostgresNIO
import Testing

extension TrainingAPITests {
    @Test("A link asked for by address opens all its registrations for a week, is emailed only to a registered address, five an hour at most")
    func traineeLinks() async throws {
        let clock = TestClock(TrainingHarness.now)
        try await TrainingHarness.run(clock: { clock.now }) { harness in
            let staff = try await harness.staff()
            let first = try await harness.openSession(staff, daysAhead: 10, title: "Atelier un")
            let second = try await harness.openSession(staff, daysAhead: 12, title: "Atelier deux")
            _ = try await harness.register(first, email: "elue@auch.example")
            _ = try await harness.register(second, email: " Elue@Auch.example")
            func links() async throws -> [String] {
                let rows = try await harness.schema.client.query("""
                    SELECT payload::jsonb->'data'->>'link' FROM outbox WHERE payload::jsonb->>'type' = 'RegistrationsLinkRequested' ORDER BY position
                    """, logger: harness.logger)
                return try await rows.collect().map { try $0.decode(String.self) }
            }

            #expect(try await harness.api.post("/api/trainee-links", ["email": "pas une adresse"]).status == 422)
            #expect(try await harness.api.post("/api/trainee-links", ["email": "inconnue@auch.example"]).status == 202)
            #expect(try await links().isEmpty, "nothing is sent to an address without registrations")
            #expect(try await harness.api.post("/api/trainee-links", ["email": "ELUE@auch.example"]).status == 202)
            let link = try #require(try await links().first)
            let token = String(link.split(separator: "/").last ?? "")
            let mine = try await harness.api.get("/api/trainee-links/\(token)/registrations")
            #expect(mine.status == 200 && mine.array.count == 2)

            for _ in 0..<6 { _ = try await harness.api.post("/api/trainee-links", ["email": "elue@auch.example"]) }
            #expect(try await links().count == 5, "five links an hour to one address")
            clock.now = TrainingHarness.now.addingTimeInterval(8 * 86_400)
            #expect(try await harness.api.get("/api/trainee-links/\(token)/registrations").status == 404, "a week later the link has expired")
            #expect(try await harness.api.get("/api/trainee-links/forge/registrations").status == 404)
        }
    }
}

extension TrainingAPITests {
    @Test("Staff register a walk-in after the start; an attendee gets a certificate, the absent and strangers none")
    func certificates() async throws {
        let clock = TestClock(TrainingHarness.now)
        try await TrainingHarness.run(clock: { clock.now }) { harness in
            let staff = try await harness.staff()
            let session = try await harness.openSession(staff, daysAhead: 1, title: "Atelier tenu")
            let present = try await harness.register(session, email: "maire@foix.example", name: "Marie Durand")
            let absent = try await harness.register(session, email: "adjoint@foix.example", name: "Paul Martin", role: "deputyMayor")
            clock.now = TrainingHarness.now.addingTimeInterval(1 * 86_400 + 3600)  // an hour after the start
            #expect(try await harness.register(session, email: "retard@foix.example").status == 409, "the public registers before the start only")
            let lateStaff = try await harness.staff()
            let walkIn = try await lateStaff.post("/api/sessions/\(session)/registrations",
                                                  ["name": "Jean Passant", "email": "passant@foix.example", "role": "technician", "collectivite": "Foix"])
            #expect(walkIn.status == 201)
            let forged = APIClient(port: harness.api.port, token: "faux")
            #expect(try await forged.post("/api/sessions/\(session)/registrations",
                                          ["name": "X", "email": "x@foix.example", "role": "other", "collectivite": "Foix"]).status == 401)
            func id(_ reply: APIClient.Reply) throws -> String { try #require((reply.object["registration"] as? [String: Any])?["id"] as? String) }
            func token(_ reply: APIClient.Reply) -> String { String((reply.object["manageLink"] as? String ?? "").split(separator: "/").last ?? "") }
            #expect(try await lateStaff.put("/api/sessions/\(session)/attendance", ["present": [try id(present), try id(walkIn)]]).status == 200)

            let certificate = try await harness.api.get("/inscriptions/\(token(present))/attestation")
            let page = String(decoding: certificate.body, as: UTF8.self)
            #expect(certificate.status == 200 && page.contains("Marie Durand") && page.contains("Atelier tenu") && page.contains("atteste"))
            #expect(try await harness.api.get("/inscriptions/\(token(absent))/attestation").status == 404)
            #expect(try await harness.api.get("/inscriptions/inconnu/attestation").status == 404)
        }
    }
}
