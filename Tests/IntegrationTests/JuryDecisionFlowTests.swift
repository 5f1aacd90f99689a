@testable import Applications
import Events
import Foundation
@testable import Jury
import Kafka
import Model
import PostgresNIO
import Testing

/// Both services started whole: a dossier goes from the applications API to the jury through
/// `applications.v1`, and the jury's decision comes back through `jury.v1`.
@Suite("Jury decisions reaching the applications service", .platform, .serialized)
struct JuryDecisionFlowTests {
    @Test("A dossier completed in applications is judged by the jury; closing the sitting selects it in applications; replays change nothing")
    func decisionFlow() async throws {
        try await ApplicationsHarness.run { applications in
            let admin = try await applications.account("admin@region.example", role: .admin)
            let applicantId = try await applications.applicant(admin, name: "Commune d'Oust", insee: "09221", population: 540)
            let dossier = try #require(try await admin.post("/api/dossiers", [
                "callId": ApplicationsHarness.consultingCall, "applicantId": applicantId, "projectTitle": "Point public",
                "theme": "Services aux citoyens", "summary": "Un point d'accès en mairie.",
            ]).object["id"] as? String)
            #expect(try await admin.post("/api/dossiers/\(dossier)/submit").status == 200)
            #expect(try await admin.post("/api/dossiers/\(dossier)/complete").status == 200)
            let applicationId = try #require(ApplicationID(uuidString: dossier))

            try await JuryHarness.run { jury in
                // The call and the dossier travel on different keys: both must have arrived.
                let complete = try await eventually {
                    try await jury.schema.count("""
                        SELECT count(*)::int FROM dossiers d JOIN calls c USING (call_id)
                        WHERE d.application_id = \(applicationId.uuid) AND d.status = 'complete'
                        """, logger: jury.logger) == 1
                }
                try #require(complete, "the seeded call and the completed dossier reached the jury's view")
                let (staff, _) = try await jury.member("equipe@region.example", role: .staff)
                let (_, chairId) = try await jury.member("presidente@region.example", role: .juror)
                let call = try #require(CallID(uuidString: ApplicationsHarness.consultingCall))
                let scheduled = try await jury.schedule(staff, calls: [call], members: [(chairId, "chair")], quorum: 1)
                let sitting = try #require((scheduled.object["sitting"] as? [String: Any])?["id"] as? String,
                                           "\(scheduled.status) \(String(decoding: scheduled.body, as: UTF8.self))")
                let placed = try await eventually { try await applications.status(of: dossier) == "onAgenda" }
                #expect(placed, "the scheduled sitting put the dossier on the agenda in applications")

                // Other tests' dossiers of the same seeded call may share the agenda: they are deferred.
                for entry in try await staff.get("/api/sittings/\(sitting)/agenda").array {
                    let id = try #require(entry["applicationId"] as? String)
                    let body: [String: Any] = id == dossier ? ["decision": "selected", "consultingDays": 9] : ["decision": "deferred"]
                    #expect(try await staff.put("/api/sittings/\(sitting)/dossiers/\(id)/decision", body).status == 200)
                }
                #expect(try await staff.post("/api/sittings/\(sitting)/close", ["membersPresent": [chairId]]).status == 200)
                let selected = try await eventually { try await applications.status(of: dossier) == "selected" }
                #expect(selected, "the decision event moved the dossier in applications")
                let days = try await applications.schema.count("""
                    SELECT consulting_days FROM jury_decisions WHERE application_id = \(applicationId.uuid)
                    """, logger: applications.logger)
                #expect(days == 9)

                // The same records delivered again: both inboxes absorb them.
                let decision = try await Self.outboxRecord(type: "ApplicationSelected", key: dossier, in: jury.schema, logger: jury.logger)
                let completion = try await Self.outboxRecord(type: "ApplicationDeclaredComplete", key: dossier, in: applications.schema,
                                                             logger: applications.logger)
                // Then, on the same key (so the same partition, read in order), a sentinel each side
                // ignores: once it is in the inbox, the replays before it were handled.
                let afterDecision = EventEnvelope(source: "jury", data: JurySittingClosed(
                    sittingId: JurySessionID(), closedAt: JuryHarness.now, decisionCount: 0))
                let afterCompletion = EventEnvelope(source: "applications", data: CallClosed(callId: call, closedAt: JuryHarness.now))
                for (topic, payload) in [("jury.v1", Array(decision.utf8)), ("jury.v1", try afterDecision.encoded()),
                                         ("applications.v1", Array(completion.utf8)), ("applications.v1", try afterCompletion.encoded())] {
                    let record = KafkaOutgoingMessage(topic: topic, key: dossier, value: payload)
                    if case .failure(let error) = await jury.producer.send([record])[0] { throw error }
                }
                let handled = try await eventually {
                    let inApplications = try await applications.schema.count(
                        "SELECT count(*)::int FROM inbox WHERE event_id = \(afterDecision.id)", logger: applications.logger)
                    let inJury = try await jury.schema.count("SELECT count(*)::int FROM inbox WHERE event_id = \(afterCompletion.id)",
                                                             logger: jury.logger)
                    return inApplications == 1 && inJury == 1
                }
                try #require(handled, "the sentinels after the replays were consumed")
                #expect(try await applications.schema.count("""
                    SELECT count(*)::int FROM jury_decisions WHERE application_id = \(applicationId.uuid)
                    """, logger: applications.logger) == 1)
                #expect(try await applications.status(of: dossier) == "selected")
                // A second ApplicationDeclaredComplete would have put the dossier back to complete in the jury's view.
                #expect(try await jury.schema.count("""
                    SELECT count(*)::int FROM dossiers WHERE application_id = \(applicationId.uuid) AND status = 'selected'
                    """, logger: jury.logger) == 1)
            }
        }
    }

    /// The payload of the outbox row of `type` keyed `key`, exactly as it was published.
    static func outboxRecord(type: String, key: String, in schema: TestSchema, logger: Logger) async throws -> String {
        let rows = try await schema.client.query("""
            SELECT payload FROM outbox WHERE message_key = \(key) AND payload::jsonb->>'type' = \(type)
            """, logger: logger)
        for try await payload in rows.decode(String.self) { return payload }
        throw RecordMissing(type: type)
    }

    struct RecordMissing: Error {
        let type: String
    }
}
