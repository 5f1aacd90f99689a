import Foundation
import Persistence
import PostgresNIO
import StaffAccess
import Testing

/// The staff actions' audit trail on the real database: written with the action, append-only,
/// hash-chained, and verified link by link.
@Suite("Audit trail", .platform, .serialized)
struct AuditTrailTests {
    let logger = TestEnvironment.logger

    private func withTrail(_ body: (TestSchema, AuditTrail) async throws -> Void) async throws {
        let schema = TestSchema.make("it_audit")
        try await withRunningServices([schema.client]) {
            try await schema.create(migrations: [AuditTrail.migration(version: 100)], logger: logger)
            try await body(schema, AuditTrail(logger: logger))
            await schema.drop(logger: logger)
        }
    }

    private func entry(_ number: Int) -> AuditEntry {
        AuditEntry(occurredAt: Date(timeIntervalSince1970: 1_800_000_000 + Double(number)), actorId: UUID(), actorRole: "staff",
                   action: "dossier.declareComplete", subject: "AC-2026-\(String(format: "%04d", number))", details: ["status": "complete"])
    }

    private func append(_ entries: [AuditEntry], to trail: AuditTrail, on schema: TestSchema) async throws {
        for entry in entries {
            try await schema.client.withTransaction(logger: logger) { try await trail.append(entry, on: $0) }
        }
    }

    @Test("Entries appended one after the other, and twenty at once, form one unbroken chain")
    func chain() async throws {
        try await withTrail { schema, trail in
            try await append((1...3).map(entry), to: trail, on: schema)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 4...23 {
                    group.addTask { try await append([entry(number)], to: trail, on: schema) }
                }
                try await group.waitForAll()
            }
            #expect(try await trail.verify(on: schema.client) == AuditTrail.Verification(entries: 23, firstBroken: nil))
            // Each entry names the previous one: no two link to the same.
            #expect(try await schema.count("SELECT count(DISTINCT previous_hash)::int FROM audit_log", logger: logger) == 23)
        }
    }

    @Test("Updates, deletions and truncation are refused; the entries stay as written")
    func appendOnly() async throws {
        try await withTrail { schema, trail in
            try await append([entry(1), entry(2)], to: trail, on: schema)
            for statement: PostgresQuery in ["UPDATE audit_log SET subject = 'AC-2026-9999'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
                await #expect(throws: (any Error).self) { try await schema.client.query(statement, logger: logger) }
            }
            #expect(try await trail.verify(on: schema.client) == AuditTrail.Verification(entries: 2, firstBroken: nil))
        }
    }

    @Test("A changed entry and a removed entry are found, each at the first link they break")
    func tampering() async throws {
        try await withTrail { schema, trail in
            try await append((1...5).map(entry), to: trail, on: schema)
            // The table's owner can lift the trigger: the chain still tells.
            try await schema.client.query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change", logger: logger)
            try await schema.client.query("UPDATE audit_log SET record = replace(record, 'complete', 'incomplete') WHERE position = 3",
                                          logger: logger)
            let changed = try await trail.verify(on: schema.client)
            #expect(changed.firstBroken?.position == 3)
            #expect(changed.firstBroken?.reason.contains("modifié") == true)

            try await schema.client.query("UPDATE audit_log SET record = replace(record, 'incomplete', 'complete') WHERE position = 3",
                                          logger: logger)
            #expect(try await trail.verify(on: schema.client).firstBroken == nil)
            try await schema.client.query("DELETE FROM audit_log WHERE position = 4", logger: logger)
            let removed = try await trail.verify(on: schema.client)
            #expect(removed.firstBroken?.position == 5)
            #expect(removed.firstBroken?.reason.contains("manque") == true)
        }
    }

    @Test("Training staff's session changes are in the training service's trail, under their account, and the chain holds")
    func trainingSessions() async throws {
        try await TrainingHarness.run { harness in
            let staff = try await harness.staff()
            let session = try await harness.openSession(staff)
            #expect(try await staff.post("/api/sessions/\(session)/cancel", ["reason": "Salle indisponible."]).status == 200)
            // A refused change writes nothing, in the trail either.
            #expect(try await staff.post("/api/sessions/\(session)/open").status == 409)
            let rows = try await harness.schema.client.query("""
                SELECT action, subject, record::jsonb->>'actorRole' FROM audit_log ORDER BY position
                """, logger: logger)
            var actions: [String] = []
            for try await (action, subject, role) in rows.decode((String, String, String).self) {
                #expect(subject == session)
                #expect(role == "staff")
                actions.append(action)
            }
            #expect(actions == ["session.created", "session.open", "session.cancelled"])
            #expect(try await AuditTrail(logger: logger).verify(on: harness.schema.client) == AuditTrail.Verification(entries: 3, firstBroken: nil))
        }
    }
}
