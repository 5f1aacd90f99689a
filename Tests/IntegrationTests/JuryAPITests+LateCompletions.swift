import Events
import Foundation
@testable import Jury
import Model
import Testing

extension JuryAPITests {
    @Test("A completion that reaches the jury after scheduling is announced to staff, then put on the agenda by a refresh")
    func lateCompletion() async throws {
        try await JuryHarness.run { harness in
            let call = try await harness.call(.consultingAid, places: 5)
            // The applications service completed "late" first (count 1), then "early" (count 2); only the second event has arrived.
            let late = try await harness.completeDossier(call, action: .consultingAid, reference: "AC-2007-0101", population: 300,
                                                         completeInCall: .none)
            _ = try await harness.completeDossier(call, action: .consultingAid, reference: "AC-2007-0102", population: 400, completeInCall: 2)
            try await harness.awaitComplete(1, of: call)

            let (staff, _) = try await harness.member("equipe@region.example", role: .staff)
            let (chair, chairId) = try await harness.member("president@region.example", role: .juror)
            let missing = try await staff.get("/api/completions/not-yet-received")
            #expect(missing.status == 200)
            #expect(missing.array.map { [$0["callId"] as? String, ($0["count"] as? Int).map(String.init)] } == [[call.description, "1"]])

            let scheduled = try await harness.schedule(staff, calls: [call], members: [(chairId, "chair")], quorum: 1)
            #expect(scheduled.status == 201 && scheduled.object["agendaSize"] as? Int == 1)
            let sitting = try #require((scheduled.object["sitting"] as? [String: Any])?["id"] as? String)

            // The late event arrives; the count is met; a refresh adds the dossier, once.
            try await harness.publish(ApplicationDeclaredComplete(applicationId: late, reference: "AC-2007-0101",
                                                                  completedAt: JuryHarness.now.addingTimeInterval(-86_400 * 20), completeInCall: 1))
            try await harness.awaitComplete(2, of: call)
            #expect(try await staff.get("/api/completions/not-yet-received").array.isEmpty)
            #expect(try await chair.post("/api/sittings/\(sitting)/agenda").status == 403)
            let refreshed = try await staff.post("/api/sittings/\(sitting)/agenda")
            #expect(refreshed.status == 200 && refreshed.object["added"] as? Int == 1 && refreshed.object["agendaSize"] as? Int == 2)
            let again = try await staff.post("/api/sittings/\(sitting)/agenda")
            #expect(again.object["added"] as? Int == 0 && again.object["agendaSize"] as? Int == 2)
        }
    }
}
