import Foundation
import PostgresNIO
import Testing

extension TrainingAPITests {
    static var offer: [String: Any] {
        [
        "collectivite": "Commune de Saint-Girons", "collectiviteCode": "09261", "department": "09", "contactName": "Paul Martin",
        "contactEmail": "mairie@saint-girons.example", "kind": "projectWorkshop", "theme": "tourisme",
        "proposedDates": "Un mardi matin de mars", "town": "Saint-Girons", "address": "Place Jean-Jaurès", "room": "Salle des fêtes",
        "internetConnection": true, "stepFreeAccess": false,
        ]
    }

    @Test("A collectivité offers to host; staff accept it (the session is drafted from it) or decline it with a message, once")
    func hostingOffers() async throws {
        try await TrainingHarness.run { harness in
            func count(_ type: String, _ key: String) async throws -> Int {
                try await harness.schema.count("""
                    SELECT count(*)::int FROM outbox WHERE message_key = \(key) AND payload::jsonb->>'type' = \(type)
                    """, logger: harness.logger)
            }
            let invalid = try await harness.api.post("/api/hosting-offers", ["collectivite": "", "department": "75", "contactEmail": "non"])
            #expect(invalid.status == 422 && invalid.isProblem)
            #expect(Set(invalid.problemFields).isSuperset(of: ["collectivite", "department", "contactEmail", "kind", "theme", "room"]))
            #expect(try await harness.schema.count("SELECT count(*)::int FROM hosting_offers", logger: harness.logger) == 0)

            let received = try await harness.api.post("/api/hosting-offers", Self.offer)
            #expect(received.status == 201 && received.object["status"] as? String == "received")
            #expect(received.object["capacity"] as? Int == 15)  // a workshop's default
            let offer = try #require(received.object["id"] as? String)
            #expect(try await count("HostingOfferReceived", offer) == 1)
            #expect(try await harness.api.get("/api/hosting-offers").status == 401)

            let staff = try await harness.staff()
            #expect(try await staff.get("/api/hosting-offers").array.map { $0["id"] as? String } == [offer])
            let incomplete = try await staff.post("/api/hosting-offers/\(offer)/accept", ["session": ["title": "Le tourisme en ligne"]])
            #expect(incomplete.status == 422 && Set(incomplete.problemFields) == ["description", "startsAt", "endsAt", "trainer"])
            #expect(try await harness.schema.count("SELECT count(*)::int FROM sessions", logger: harness.logger) == 0)

            let startsAt = TrainingHarness.now.addingTimeInterval(30 * 86_400)
            let accepted = try await staff.post("/api/hosting-offers/\(offer)/accept", [
                "session": ["title": "Le tourisme en ligne", "description": "Un atelier pour les offices de tourisme.", "trainer": "ARDESI",
                            "startsAt": ISO8601DateFormatter().string(from: startsAt),
                            "endsAt": ISO8601DateFormatter().string(from: startsAt.addingTimeInterval(3 * 3600))],
                "message": "Merci de votre accueil.",
            ])
            #expect(accepted.status == 200, "\(String(decoding: accepted.body, as: UTF8.self))")
            let session = try #require(accepted.object["session"] as? [String: Any])
            #expect(session["status"] as? String == "draft" && session["host"] as? String == "Commune de Saint-Girons")
            #expect(session["room"] as? String == "Salle des fêtes" && session["stepFreeAccess"] as? Bool == false)
            #expect((accepted.object["offer"] as? [String: Any])?["sessionId"] as? String == session["id"] as? String)
            #expect(try await count("HostingOfferAnswered", offer) == 1)
            #expect(try await staff.post("/api/hosting-offers/\(offer)/accept", ["session": [:] as [String: Any]]).status == 409)
            #expect(try await staff.post("/api/hosting-offers/\(offer)/decline", ["message": "Non."]).status == 409)
            #expect(try await count("HostingOfferAnswered", offer) == 1)

            let second = try #require(try await harness.api.post("/api/hosting-offers", Self.offer).object["id"] as? String)
            #expect(try await staff.post("/api/hosting-offers/\(second)/decline", ["message": " "]).status == 422)
            let declined = try await staff.post("/api/hosting-offers/\(second)/decline", ["message": "Le calendrier de mars est complet."])
            #expect(declined.status == 200 && declined.object["status"] as? String == "declined")
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE message_key = \(second) AND payload::jsonb->'data'->>'accepted' = 'false'
                  AND payload::jsonb->'data'->>'message' = 'Le calendrier de mars est complet.'
                """, logger: harness.logger) == 1)
            #expect(try await staff.get("/api/hosting-offers/\(UUID())").status == 404)
        }
    }

    @Test("Editing a published session tells what moved; marking it held publishes it once")
    func sessionChangedAndHeld() async throws {
        let clock = TestClock(TrainingHarness.now)
        try await TrainingHarness.run(clock: { clock.now }) { harness in
            let staff = try await harness.staff()
            let session = try await harness.openSession(staff, daysAhead: 1)
            func changes() async throws -> [String] {
                let rows = try await harness.schema.client.query("""
                    SELECT (payload::jsonb->'data'->>'scheduleChanged') || '/' || (payload::jsonb->'data'->>'venueChanged') FROM outbox
                    WHERE message_key = \(session) AND payload::jsonb->>'type' = 'TrainingSessionChanged' ORDER BY position
                    """, logger: harness.logger)
                return try await rows.collect().map { try $0.decode(String.self) }
            }
            var edit = try await staff.get("/api/sessions/\(session)").object
            edit["theme"] = (edit["theme"] as? [String: Any])?["code"]
            edit["description"] = "Une présentation revue."
            #expect(try await staff.put("/api/sessions/\(session)", edit).status == 200)
            #expect(try await changes() == ["false/false"])
            edit["room"] = "Salle des mariages"
            #expect(try await staff.put("/api/sessions/\(session)", edit).status == 200)
            #expect(try await changes() == ["false/false", "false/true"])

            clock.now = TrainingHarness.now.addingTimeInterval(2 * 86_400)
            let lateStaff = try await harness.staff()
            #expect(try await lateStaff.post("/api/sessions/\(session)/close").status == 200)
            #expect(try await lateStaff.put("/api/sessions/\(session)/attendance", ["present": [String]()]).status == 200)
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE message_key = \(session) AND payload::jsonb->>'type' = 'TrainingSessionHeld'
                """, logger: harness.logger) == 1)
        }
    }
}
