import Foundation
import PostgresNIO
import Testing

/// The training service, started whole on the real database and broker, driven through its API.
@Suite("Training API", .platform, .serialized)
struct TrainingAPITests {
    @Test("A session is drafted, published, edited within its confirmed places, then cancelled with its reason")
    func sessionLifecycle() async throws {
        try await TrainingHarness.run { harness in
            let staff = try await harness.staff()
            #expect(try await harness.api.post("/api/sessions", ["title": "x"]).status == 401)
            let invalid = try await staff.post("/api/sessions", ["kind": "projectWorkshop", "department": "75"])
            #expect(invalid.status == 422 && invalid.isProblem)
            #expect(Set(invalid.problemFields).isSuperset(of: ["audience", "title", "theme", "department", "startsAt"]))

            let session = try await harness.openSession(staff, capacity: 3)
            let listed = try await harness.api.get("/api/sessions?departement=09&type=projectWorkshop")
            #expect(listed.array.contains { $0["id"] as? String == session })
            #expect(try await harness.api.get("/api/sessions?departement=12").array.allSatisfy { $0["id"] as? String != session })
            #expect(try await harness.api.get("/api/sessions?departement=75").status == 422)

            for index in 1...2 { #expect(try await harness.register(session, email: "elu\(index)@foix.example").status == 201) }
            var edit = try await staff.get("/api/sessions/\(session)").object
            edit["theme"] = (edit["theme"] as? [String: Any])?["code"]  // read as a theme, written as its code
            edit["capacity"] = 1
            let tooSmall = try await staff.put("/api/sessions/\(session)", edit)
            #expect(tooSmall.status == 422 && tooSmall.problemFields == ["capacity"])

            #expect(try await staff.post("/api/sessions/\(session)/cancel", ["reason": ""]).status == 422)
            let cancelled = try await staff.post("/api/sessions/\(session)/cancel", ["reason": "Salle indisponible"])
            #expect(cancelled.status == 200 && cancelled.object["status"] as? String == "cancelled")
            #expect(try await harness.register(session, email: "tard@foix.example").status == 409)
            let events = try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE message_key = \(session) AND payload::jsonb->>'type' = 'TrainingSessionCancelled'
                  AND payload::jsonb->'data'->>'reason' = 'Salle indisponible'
                """, logger: harness.logger)
            #expect(events == 1)
        }
    }

    @Test("1,000 concurrent registrations over 20 sessions: none over capacity, waitlists in arrival order, every request answered")
    func concurrentRegistrations() async throws {
        try await TrainingHarness.run { harness in
            let staff = try await harness.staff()
            var sessions: [String] = []
            for index in 0..<20 { sessions.append(try await harness.openSession(staff, capacity: 15 + index, title: "Atelier \(index)")) }
            let sessionIds = sessions
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for person in 0..<1000 {
                    group.addTask {
                        try await harness.register(sessionIds[person % 20], email: "personne\(person)@commune.example").status
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.count == 1000 && statuses.allSatisfy { $0 == 201 }, "\(Dictionary(grouping: statuses) { $0 }.mapValues(\.count))")
            // Per session: the confirmed count equals its capacity, nobody beyond it, and every
            // waitlisted registration arrived after every confirmed one, numbered 1, 2, … in arrival order.
            let overbooked = try await harness.schema.count("""
                SELECT count(*)::int FROM sessions s
                WHERE s.confirmed <> (SELECT count(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'confirmed')
                   OR s.confirmed > s.capacity OR s.confirmed <> least(s.capacity, 50)
                """, logger: harness.logger)
            #expect(overbooked == 0)
            let outOfOrder = try await harness.schema.count("""
                SELECT count(*)::int FROM registrations w JOIN registrations c ON c.session_id = w.session_id
                WHERE w.status = 'waitlisted' AND c.status = 'confirmed' AND c.arrival > w.arrival
                """, logger: harness.logger)
            #expect(outOfOrder == 0)
            for session in sessions.prefix(3) {
                let registrations = try await staff.get("/api/sessions/\(session)/registrations").array
                let positions = registrations.compactMap { $0["waitlistPosition"] as? Int }
                #expect(positions == Array(1...positions.count))
                #expect(registrations.count == 50)
            }
        }
    }

    @Test("Concurrent cancellations promote each waitlisted person exactly once")
    func concurrentCancellations() async throws {
        try await TrainingHarness.run { harness in
            let staff = try await harness.staff()
            let session = try await harness.openSession(staff, capacity: 5)
            var links: [String] = []
            for person in 0..<12 {
                let reply = try await harness.register(session, email: "p\(person)@commune.example")
                links.append(try #require(reply.object["manageLink"] as? String))
            }
            let tokens = links.map { String($0.split(separator: "/").last ?? "") }
            // The five confirmed cancel at once, each twice (a double click).
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for token in tokens.prefix(5) + tokens.prefix(5) {
                    group.addTask { try await harness.api.post("/api/registrations/\(token)/cancel").status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 200 })
            let registrations = try await staff.get("/api/sessions/\(session)/registrations").array
            let confirmed = registrations.filter { $0["status"] as? String == "confirmed" }.compactMap { $0["email"] as? String }
            #expect(Set(confirmed) == Set((5..<10).map { "p\($0)@commune.example" }))
            #expect(registrations.filter { $0["status"] as? String == "waitlisted" }.compactMap { $0["waitlistPosition"] as? Int } == [1, 2])
            let outcomes = try await harness.outcomes(of: session)
            #expect(outcomes.filter { $0 == "promoted" }.count == 5)
            #expect(outcomes.filter { $0 == "cancelled" }.count == 5)
        }
    }

    @Test("A forged link is refused; after the deadline a registrant's own cancellation is refused; neither changes anything")
    func forgedAndExpiredLinks() async throws {
        let clock = TestClock(TrainingHarness.now)
        try await TrainingHarness.run(clock: { clock.now }) { harness in
            let staff = try await harness.staff()
            let session = try await harness.openSession(staff, capacity: 1, daysAhead: 3)
            let first = try await harness.register(session, email: "premiere@commune.example")
            let token = String((try #require(first.object["manageLink"] as? String)).split(separator: "/").last ?? "")
            _ = try await harness.register(session, email: "seconde@commune.example")

            let forged = try await harness.api.post("/api/registrations/\(token.dropLast())x/cancel")
            #expect(forged.status == 404 && forged.isProblem)
            #expect(try await harness.api.get("/api/registrations/inconnu").status == 404)

            clock.now = TrainingHarness.now.addingTimeInterval(3 * 86_400 - 3600)  // an hour before it starts
            let late = try await harness.api.post("/api/registrations/\(token)/cancel")
            #expect(late.status == 409 && late.isProblem)
            #expect(try await harness.api.get("/api/registrations/\(token)").object["registration"].flatMap { ($0 as? [String: Any])?["status"] as? String } == "confirmed")
            #expect(try await harness.outcomes(of: session) == ["confirmed", "waitlisted"])
        }
    }


    @Test("Attendance moves the objective once per elected official, whatever the number of sessions")
    func attendanceAndObjective() async throws {
        let clock = TestClock(TrainingHarness.now)
        try await TrainingHarness.run(clock: { clock.now }) { harness in
            let staff = try await harness.staff()
            let first = try await harness.openSession(staff, daysAhead: 1, title: "Premier atelier")
            let second = try await harness.openSession(staff, kind: "knowledgeBuffet", department: "31", daysAhead: 2, title: "Buffet")
            func register(_ session: String, _ email: String, _ role: String) async throws -> String {
                let reply = try await harness.register(session, email: email, role: role)
                return try #require((reply.object["registration"] as? [String: Any])?["id"] as? String)
            }
            let mayorFirst = try await register(first, "Maire@Foix.example", "mayor")
            let clerk = try await register(first, "secretaire@foix.example", "townClerk")
            let councillor = try await register(first, "conseiller@foix.example", "municipalCouncillor")
            let mayorSecond = try await register(second, "maire@foix.example ", "mayor")
            #expect(try await staff.put("/api/sessions/\(first)/attendance", ["present": [mayorFirst]]).status == 409)

            clock.now = TrainingHarness.now.addingTimeInterval(3 * 86_400)
            let lateStaff = try await harness.staff()  // the first token expired with the days gone by
            #expect(try await lateStaff.put("/api/sessions/\(first)/attendance", ["present": [mayorSecond]]).status == 422)
            let recorded = try await lateStaff.put("/api/sessions/\(first)/attendance", ["present": [mayorFirst, clerk, councillor]])
            #expect(recorded.status == 200 && recorded.object["electedPresent"] as? Int == 2)
            #expect(try await lateStaff.get("/api/sessions/\(first)").object["status"] as? String == "held")
            #expect(try await lateStaff.put("/api/sessions/\(second)/attendance", ["present": [mayorSecond]]).status == 200)

            var objective = try await lateStaff.get("/api/objective").object
            #expect(objective["trained"] as? Int == 2 && objective["target"] as? Int == 1000)
            let departments = (objective["byDepartment"] as? [[String: Any]] ?? []).reduce(into: [String: Int]()) {
                $0[$1["code"] as? String ?? ""] = $1["trained"] as? Int
            }
            #expect(departments["09"] == 2 && departments["31"] == 1)
            // The mayor absent from the first session still counts, through the second.
            _ = try await lateStaff.put("/api/sessions/\(first)/attendance", ["present": [clerk]])
            objective = try await lateStaff.get("/api/objective").object
            #expect(objective["trained"] as? Int == 1)
            #expect(try await harness.api.get("/api/objective").status == 401)
        }
    }

    @Test("Erasing one's data cancels the live registrations, forgets name and address everywhere, and the objective still counts them")
    func erasingPersonalData() async throws {
        let clock = TestClock(TrainingHarness.now)
        try await TrainingHarness.run(clock: { clock.now }) { harness in
            let staff = try await harness.staff()
            let held = try await harness.openSession(staff, daysAhead: 1, title: "Atelier tenu")
            let later = try await harness.openSession(staff, capacity: 1, daysAhead: 10, title: "Atelier complet")
            let attended = try await harness.register(held, email: "maire@foix.example")
            let booked = try await harness.register(later, email: "Maire@Foix.example")
            _ = try await harness.register(later, email: "adjoint@foix.example", role: "deputyMayor")
            let token = String((try #require(booked.object["manageLink"] as? String)).split(separator: "/").last ?? "")
            clock.now = TrainingHarness.now.addingTimeInterval(2 * 86_400)
            let lateStaff = try await harness.staff()
            let attendedId = try #require((attended.object["registration"] as? [String: Any])?["id"] as? String)
            #expect(try await lateStaff.put("/api/sessions/\(held)/attendance", ["present": [attendedId]]).status == 200)

            let erased = try await harness.api.post("/api/registrations/\(token)/erase")
            #expect(erased.status == 200 && erased.object["erased"] as? Int == 2)
            #expect(try await harness.schema.count("SELECT count(*)::int FROM registrations WHERE lower(email) = 'maire@foix.example'",
                                                   logger: harness.logger) == 0)
            #expect(try await harness.schema.count("SELECT count(*)::int FROM registrations WHERE email IS NULL AND name IS NULL",
                                                   logger: harness.logger) == 2)
            let laterRegistrations = try await lateStaff.get("/api/sessions/\(later)/registrations").array
            #expect(laterRegistrations.first { $0["status"] as? String == "confirmed" }?["email"] as? String == "adjoint@foix.example")
            #expect(laterRegistrations.contains { $0["status"] as? String == "cancelled" && $0["email"] == nil })
            #expect(try await harness.outcomes(of: later) == ["confirmed", "waitlisted", "cancelled", "promoted"])
            #expect(try await lateStaff.get("/api/objective").object["trained"] as? Int == 1)
            #expect(try await harness.api.post("/api/registrations/inconnu/erase").status == 404)
        }
    }
}
