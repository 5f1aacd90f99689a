import Events
import Foundation
@testable import Jury
import Kafka
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceKit
import Testing

/// The jury service, started whole on the real database and broker; its view of dossiers
/// comes only from `applications.v1` events the test publishes.
@Suite("Jury API", .platform, .serialized)
struct JuryAPITests {
    @Test("A sitting from events: recusal hides the dossier and its score, amounts are capped, places hold, closing publishes")
    func sitting() async throws {
        try await JuryHarness.run { harness in
            let call = try await harness.call(.innovationGrant, places: 2)
            let first = try await harness.completeDossier(call, action: .innovationGrant, reference: "SI-2007-0001", population: 800,
                                                          cost: Money(euros: 62_500))
            let second = try await harness.completeDossier(call, action: .innovationGrant, reference: "SI-2007-0002", population: 9_000,
                                                           cost: Money(euros: 40_000))
            let third = try await harness.completeDossier(call, action: .innovationGrant, reference: "SI-2007-0003", population: 1_200,
                                                          cost: Money(euros: 20_000))
            try await harness.awaitComplete(3, of: call)

            let (staff, _) = try await harness.member("equipe@region.example", role: .staff)
            let (chair, chairId) = try await harness.member("presidente@region.example", role: .juror)
            let (recusing, recusingId) = try await harness.member("jure.a@region.example", role: .juror)
            let (scoring, scoringId) = try await harness.member("jure.b@region.example", role: .juror)
            let (outsider, _) = try await harness.member("autre@region.example", role: .juror)

            // Only staff schedule; every problem of the form at once.
            let members = [(chairId, "chair"), (recusingId, "member"), (scoringId, "member")]
            #expect(try await harness.schedule(chair, calls: [call], members: members, quorum: 2).status == 403)
            let invalid = try await staff.post("/api/sittings", ["quorum": 0, "callIds": [String](), "members": [[String: String]]()])
            #expect(invalid.status == 422)
            #expect(Set(invalid.problemFields) == ["sittingDate", "callIds", "members", "quorum"])
            let scheduled = try await harness.schedule(staff, calls: [call], members: members, quorum: 2)
            #expect(scheduled.status == 201)
            #expect(scheduled.object["agendaSize"] as? Int == 3)
            let sitting = try #require((scheduled.object["sitting"] as? [String: Any])?["id"] as? String)
            #expect(try await harness.schema.count("SELECT count(*)::int FROM outbox WHERE payload::jsonb->>'type' = 'JurySittingScheduled'",
                                                   logger: harness.logger) == 1)
            #expect(try await outsider.get("/api/sittings/\(sitting)").status == 404)
            #expect(try await outsider.get("/api/sittings").array.isEmpty)

            // Before declaring, a juror sees who applies but not the dossier.
            let dossierPath = "/api/sittings/\(sitting)/dossiers/\(first)"
            #expect(try await recusing.get(dossierPath).status == 409)
            #expect(try await recusing.get("/api/sittings/\(sitting)/agenda").array.allSatisfy { $0["dossier"] == nil })
            #expect(try await recusing.post("\(dossierPath)/declaration", ["conflict": true]).status == 201)
            #expect(try await recusing.post("\(dossierPath)/declaration", ["conflict": false]).status == 409)
            #expect(try await recusing.get(dossierPath).status == 403)
            let sheet: [String: Any] = ["scores": [["criterion": 0, "score": 5], ["criterion": 1, "score": 5], ["criterion": 2, "score": 5]]]
            #expect(try await recusing.put("\(dossierPath)/scores", sheet).status == 403)

            // The other juror scores every dossier; the size criterion is suggested from the priority target.
            for (dossier, scores) in [(first, [5, 4, 3]), (second, [2, 4, 3]), (third, [4, 4, 4])] {
                let path = "/api/sittings/\(sitting)/dossiers/\(dossier)"
                #expect(try await scoring.post("\(path)/declaration", ["conflict": false]).status == 201)
                let details = try await scoring.get(path).object
                #expect((details["suggestedScores"] as? [[String: Any]])?.first?["score"] as? Int == (dossier == second ? 2 : 5))
                let outOfRange = try await scoring.put("\(path)/scores", ["scores": [["criterion": 0, "score": 6]]])
                #expect(outOfRange.status == 422)
                let lines = scores.enumerated().map { ["criterion": $0.offset, "score": $0.element, "comment": "Vu."] as [String: Any] }
                #expect(try await scoring.put("\(path)/scores", ["scores": lines]).status == 200)
            }
            let ranking = try await staff.get("/api/sittings/\(sitting)/minutes").object["ranking"] as? [[String: Any]] ?? []
            let ranked = ranking.compactMap { ($0["dossier"] as? [String: Any]) }
            // 12 = 12, the priority target first (SI-0003 has 1,200 inhabitants, SI-0001 800: both; earlier submission wins
            // only among equals, and both were submitted 30 days ago, so the reference decides); SI-0002 has 9.
            #expect(ranked.compactMap { $0["reference"] as? String } == ["SI-2007-0001", "SI-2007-0003", "SI-2007-0002"])
            #expect(ranked.first?["score"] as? Double == 12)

            // Amounts: the ceiling is min(80 % × cost, 50,000 EUR); lowering needs a motivation.
            let decide = { (dossier: ApplicationID, body: [String: Any]) in
                try await chair.put("/api/sittings/\(sitting)/dossiers/\(dossier)/decision", body)
            }
            #expect(try await scoring.put("/api/sittings/\(sitting)/dossiers/\(first)/decision", ["decision": "selected"]).status == 403)
            let above = try await decide(first, ["decision": "selected", "grantedAmountCents": 5_000_001])
            #expect(above.status == 422 && above.problemFields == ["grantedAmountCents"])
            #expect(try await decide(second, ["decision": "selected", "grantedAmountCents": 3_000_000]).problemFields == ["motivation"])
            #expect(try await decide(first, ["decision": "selected"]).object["decision"].flatMap { ($0 as? [String: Any])?["grantedAmount"] as? Int } == 5_000_000)
            #expect(try await decide(second, ["decision": "selected", "grantedAmountCents": 3_000_000,
                                              "motivation": "Dépenses de matériel surévaluées."]).status == 200)
            // Both places taken: a third selection is refused, and changing a decision gives its place back.
            let full = try await decide(third, ["decision": "selected"])
            #expect(full.status == 409)
            #expect(try await decide(third, ["decision": "rejected"]).problemFields == ["motivation"])

            let close = "/api/sittings/\(sitting)/close"
            #expect(try await chair.post(close, ["membersPresent": [chairId, scoringId]]).status == 409)  // SI-0003 undecided
            #expect(try await decide(third, ["decision": "deferred", "motivation": "Plan de financement à préciser."]).status == 200)
            #expect(try await chair.post(close, ["membersPresent": [chairId]]).status == 409)  // quorum 2
            #expect(try await chair.post(close, ["membersPresent": [chairId, scoringId]]).status == 200)
            #expect(try await decide(third, ["decision": "rejected", "motivation": "Trop tard."]).status == 409)

            let types = try await harness.schema.client.query("""
                SELECT payload::jsonb->>'type' FROM outbox WHERE topic = 'jury.v1' ORDER BY position
                """, logger: harness.logger)
            var published: [String] = []
            for try await type in types.decode(String.self) { published.append(type) }
            #expect(published == ["JurySittingScheduled", "ApplicationSelected", "ApplicationSelected", "ApplicationDeferred", "JurySittingClosed"])
            let minutes = try await chair.get("/api/sittings/\(sitting)/minutes").object
            #expect(minutes["quorumReached"] as? Bool == true)
            #expect((minutes["declarations"] as? [[String: Any]])?.filter { $0["conflict"] as? Bool == true }.count == 1)
            #expect((minutes["calls"] as? [[String: Any]])?.first?["placesLeft"] as? Int == 0)
            let csv = try await staff.get("/api/sittings/\(sitting)/minutes.csv")
            #expect(csv.contentType == "text/csv; charset=utf-8")
            let lines = String(decoding: csv.body, as: UTF8.self).components(separatedBy: "\r\n")
            #expect(lines.first?.hasPrefix("\u{FEFF}Rang;Référence;Collectivité") == true)
            #expect(lines.dropFirst().first?.hasPrefix("1;SI-2007-0001;Commune SI-2007-0001;") == true)
            #expect(lines.contains { $0.hasPrefix("3;SI-2007-0002;") && $0.contains(";retenu;30000,00;;Dépenses de matériel surévaluées.") })
        }
    }

    @Test("Two decisions racing for a call's last place, in two sittings: exactly one wins")
    func raceForTheLastPlace() async throws {
        try await JuryHarness.run { harness in
            let call = try await harness.call(.consultingAid, places: 1)
            let early = try await harness.completeDossier(call, action: .consultingAid, reference: "AC-2007-0101", population: 500,
                                                          submittedDaysAgo: 40)
            try await harness.awaitComplete(1, of: call)
            let (staff, _) = try await harness.member("equipe@region.example", role: .staff)
            let (_, chairId) = try await harness.member("presidente@region.example", role: .juror)
            let firstSitting = try #require((try await harness.schedule(staff, calls: [call], members: [(chairId, "chair")], quorum: 1)
                .object["sitting"] as? [String: Any])?["id"] as? String)
            let late = try await harness.completeDossier(call, action: .consultingAid, reference: "AC-2007-0102", population: 600,
                                                         submittedDaysAgo: 10)
            try await harness.awaitComplete(2, of: call)
            let second = try await harness.schedule(staff, calls: [call], members: [(chairId, "chair")], quorum: 1)
            #expect(second.object["agendaSize"] as? Int == 1)  // the early dossier is already on an open sitting's agenda
            let secondSitting = try #require((second.object["sitting"] as? [String: Any])?["id"] as? String)

            async let one = staff.put("/api/sittings/\(firstSitting)/dossiers/\(early)/decision", ["decision": "selected"])
            async let other = staff.put("/api/sittings/\(secondSitting)/dossiers/\(late)/decision", ["decision": "selected"])
            let statuses = [try await one.status, try await other.status].sorted()
            #expect(statuses == [200, 409])
            #expect(try await harness.schema.count("SELECT selected_count FROM calls WHERE call_id = \(call.uuid)", logger: harness.logger) == 1)
            #expect(try await harness.schema.count("SELECT count(*)::int FROM decisions", logger: harness.logger) == 1)
        }
    }

    @Test("Sixty complete consulting-aid dossiers over three sittings: never more than the call's fifty places")
    func placesAcrossSittings() async throws {
        try await JuryHarness.run { harness in
            let call = try await harness.call(.consultingAid, places: 50)
            var batches: [[ApplicationID]] = []
            for (batch, daysAgo) in [90.0, 60, 30].enumerated() {
                var ids: [ApplicationID] = []
                for index in 1...20 {
                    ids.append(try await harness.completeDossier(call, action: .consultingAid, reference: "AC-2007-\(batch)\(String(format: "%03d", index))",
                                                                 population: 300 + index, submittedDaysAgo: daysAgo))
                }
                batches.append(ids)
            }
            try await harness.awaitComplete(60, of: call)
            let (staff, _) = try await harness.member("equipe@region.example", role: .staff)
            let (_, chairId) = try await harness.member("presidente@region.example", role: .juror)

            var outcomes: [Int] = []
            for (index, cutOffDaysAgo) in [75.0, 45, 0].enumerated() {
                let scheduled = try await harness.schedule(staff, calls: [call], members: [(chairId, "chair")], quorum: 1,
                                                           cutOff: JuryHarness.now.addingTimeInterval(-86_400 * cutOffDaysAgo))
                #expect(scheduled.object["agendaSize"] as? Int == 20, "sitting \(index + 1) examines the next twenty")
                let sitting = try #require((scheduled.object["sitting"] as? [String: Any])?["id"] as? String)
                for dossier in batches[index] {
                    let path = "/api/sittings/\(sitting)/dossiers/\(dossier)/decision"
                    let status = try await staff.put(path, ["decision": "selected"]).status
                    outcomes.append(status)
                    if status == 409 {
                        #expect(try await staff.put(path, ["decision": "deferred", "motivation": "Plus de place sur cet appel."]).status == 200)
                    }
                }
                #expect(try await staff.post("/api/sittings/\(sitting)/close", ["membersPresent": [chairId]]).status == 200)
            }
            #expect(outcomes.filter { $0 == 200 }.count == 50)
            #expect(outcomes.filter { $0 == 409 }.count == 10)
            #expect(try await harness.schema.count("SELECT selected_count FROM calls WHERE call_id = \(call.uuid)", logger: harness.logger) == 50)
            #expect(try await harness.schema.count("SELECT count(*)::int FROM decisions WHERE decision = 'selected'", logger: harness.logger) == 50)
        }
    }

    @Test("A call's budget envelope holds like its places: a selection beyond it is refused, a lower amount fits")
    func budgetEnvelope() async throws {
        try await JuryHarness.run { harness in
            let call = try await harness.call(.innovationGrant, places: 25, budget: Money(euros: 80_000))
            let first = try await harness.completeDossier(call, action: .innovationGrant, reference: "SI-2007-0201", population: 900,
                                                          cost: Money(euros: 62_500))
            let second = try await harness.completeDossier(call, action: .innovationGrant, reference: "SI-2007-0202", population: 950,
                                                           cost: Money(euros: 62_500))
            try await harness.awaitComplete(2, of: call)
            let (staff, _) = try await harness.member("equipe@region.example", role: .staff)
            let (_, chairId) = try await harness.member("presidente@region.example", role: .juror)
            let sitting = try #require((try await harness.schedule(staff, calls: [call], members: [(chairId, "chair")], quorum: 1)
                .object["sitting"] as? [String: Any])?["id"] as? String)
            let decide = { (dossier: ApplicationID, body: [String: Any]) in
                try await staff.put("/api/sittings/\(sitting)/dossiers/\(dossier)/decision", body)
            }
            #expect(try await decide(first, ["decision": "selected"]).status == 200)  // 50,000 of 80,000
            let beyond = try await decide(second, ["decision": "selected"])
            #expect(beyond.status == 409)
            #expect((beyond.object["detail"] as? String)?.contains("enveloppe") == true)
            #expect(try await decide(second, ["decision": "selected", "grantedAmountCents": 3_000_000,
                                              "motivation": "Dans la limite de l'enveloppe de l'appel."]).status == 200)
            #expect(try await harness.schema.count("SELECT (granted_cents / 100)::int FROM calls WHERE call_id = \(call.uuid)",
                                                   logger: harness.logger) == 80_000)
            // Changing a decision gives its amount back.
            #expect(try await decide(first, ["decision": "deferred"]).status == 200)
            #expect(try await harness.schema.count("SELECT (granted_cents / 100)::int FROM calls WHERE call_id = \(call.uuid)",
                                                   logger: harness.logger) == 30_000)
        }
    }
}
