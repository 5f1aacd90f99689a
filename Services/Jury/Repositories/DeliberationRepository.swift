import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// A sitting's agenda, declarations of interest, scores and decisions.
struct DeliberationRepository: Sendable {
    let logger: Logger

    /// The dossiers on the sitting's agenda, by reference; or only `application` when given.
    func agenda(of sitting: JurySessionID, only application: ApplicationID? = nil,
                on connection: PostgresConnection) async throws -> [JuryDossier] {
        let rows = try await connection.query("""
            SELECT d.application_id, d.reference, d.call_id, d.applicant_name, d.applicant_kind, d.department, d.population,
                   d.priority_target, d.project_title, d.theme, d.eligible_cost_cents, d.requested_subsidy_cents, d.submitted_at
            FROM agenda a JOIN dossiers d ON d.application_id = a.application_id
            WHERE a.sitting_id = \(sitting.uuid) AND (\(application == nil) OR a.application_id = \(application?.uuid))
            ORDER BY d.reference
            """, logger: logger)
        var dossiers: [JuryDossier] = []
        for try await row in rows {
            let (id, reference, call, name, kind, department, population, priority, title, theme, cost, requested, submitted)
                = try row.decode((UUID, String, UUID, String, String, String, Int, Bool, String, String, Int64?, Int64?, Date).self)
            dossiers.append(JuryDossier(applicationId: ApplicationID(id), reference: reference, callId: CallID(call),
                                        applicantName: name, applicantKind: kind, department: department, population: population,
                                        priorityTarget: priority, projectTitle: title, theme: theme,
                                        eligibleCost: cost.map(Money.init(cents:)), requestedSubsidy: requested.map(Money.init(cents:)),
                                        submittedAt: submitted))
        }
        return dossiers
    }

    func declarations(of sitting: JurySessionID, on connection: PostgresConnection) async throws -> [Declaration] {
        let rows = try await connection.query("""
            SELECT application_id, member_id, conflict, declared_at FROM declarations WHERE sitting_id = \(sitting.uuid)
            ORDER BY declared_at
            """, logger: logger)
        var declarations: [Declaration] = []
        for try await (application, member, conflict, at) in rows.decode((UUID, UUID, Bool, Date).self) {
            declarations.append(Declaration(applicationId: ApplicationID(application), memberId: member, conflict: conflict, declaredAt: at))
        }
        return declarations
    }

    /// Records a declaration; a juror declares once per dossier.
    /// - Returns: the declaration in force (the earlier one when there was one).
    func declare(_ declaration: Declaration, in sitting: JurySessionID, on connection: PostgresConnection) async throws -> Declaration {
        try await connection.query("""
            INSERT INTO declarations (sitting_id, application_id, member_id, conflict, declared_at)
            VALUES (\(sitting.uuid), \(declaration.applicationId.uuid), \(declaration.memberId), \(declaration.conflict), \(declaration.declaredAt))
            ON CONFLICT DO NOTHING
            """, logger: logger)
        return try await self.declaration(of: declaration.memberId, on: declaration.applicationId, in: sitting, on: connection) ?? declaration
    }

    /// The member's declaration on the dossier, if made.
    func declaration(of member: UUID, on application: ApplicationID, in sitting: JurySessionID,
                     on connection: PostgresConnection) async throws -> Declaration? {
        let rows = try await connection.query("""
            SELECT conflict, declared_at FROM declarations
            WHERE sitting_id = \(sitting.uuid) AND application_id = \(application.uuid) AND member_id = \(member)
            """, logger: logger)
        for try await (conflict, at) in rows.decode((Bool, Date).self) {
            return Declaration(applicationId: application, memberId: member, conflict: conflict, declaredAt: at)
        }
        return nil
    }

    /// Replaces the juror's sheet on the dossier.
    func saveScores(_ sheet: ScoreSheet, of member: UUID, on application: ApplicationID, in sitting: JurySessionID,
                    on connection: PostgresConnection) async throws {
        try await connection.query("""
            DELETE FROM scores WHERE sitting_id = \(sitting.uuid) AND application_id = \(application.uuid) AND member_id = \(member)
            """, logger: logger)
        try await connection.query("""
            INSERT INTO scores (sitting_id, application_id, member_id, criterion, score, comment)
            SELECT \(sitting.uuid), \(application.uuid), \(member), criterion, score, comment
            FROM unnest(\(sheet.scores.map(\.criterion)), \(sheet.scores.map(\.score)), \(sheet.scores.map { $0.comment ?? "" }))
                 AS line (criterion, score, comment)
            """, logger: logger)
    }

    /// Every sheet of the sitting: dossier → juror → sheet. Comments left empty read as none.
    func sheets(of sitting: JurySessionID, on connection: PostgresConnection) async throws -> [ApplicationID: [UUID: ScoreSheet]] {
        let rows = try await connection.query("""
            SELECT application_id, member_id, criterion, score, comment FROM scores WHERE sitting_id = \(sitting.uuid)
            ORDER BY application_id, member_id, criterion
            """, logger: logger)
        var sheets: [ApplicationID: [UUID: ScoreSheet]] = [:]
        for try await (application, member, criterion, score, comment) in rows.decode((UUID, UUID, Int, Int, String?).self) {
            sheets[ApplicationID(application), default: [:]][member, default: ScoreSheet(scores: [])].scores
                .append(ScoreSheet.Line(criterion: criterion, score: score, comment: comment?.isEmpty == false ? comment : nil))
        }
        return sheets
    }

    func decisions(of sitting: JurySessionID, on connection: PostgresConnection) async throws -> [ApplicationID: RecordedDecision] {
        let rows = try await connection.query("""
            SELECT application_id, decision, granted_cents, consulting_days, motivation, decided_by, decided_at
            FROM decisions WHERE sitting_id = \(sitting.uuid)
            """, logger: logger)
        var decisions: [ApplicationID: RecordedDecision] = [:]
        for try await (application, kind, granted, days, motivation, by, at) in rows.decode(
            (UUID, String, Int64?, Int?, String?, String, Date).self) {
            let kind = try storedValue(DecisionKind.self, kind, column: "decisions.decision")
            let decision = Decision(kind: kind, grantedAmount: granted.map(Money.init(cents:)), consultingDays: days, motivation: motivation)
            decisions[ApplicationID(application)] = RecordedDecision(applicationId: ApplicationID(application), decision: decision,
                                                                     decidedBy: by, decidedAt: at)
        }
        return decisions
    }

    func saveDecision(_ recorded: RecordedDecision, in sitting: JurySessionID, on connection: PostgresConnection) async throws {
        let decision = recorded.decision
        try await connection.query("""
            INSERT INTO decisions (sitting_id, application_id, decision, granted_cents, consulting_days, motivation, decided_by, decided_at)
            VALUES (\(sitting.uuid), \(recorded.applicationId.uuid), \(decision.kind.rawValue), \(decision.grantedAmount?.cents),
                    \(decision.consultingDays), \(decision.motivation), \(recorded.decidedBy), \(recorded.decidedAt))
            ON CONFLICT (sitting_id, application_id) DO UPDATE SET decision = EXCLUDED.decision,
                granted_cents = EXCLUDED.granted_cents, consulting_days = EXCLUDED.consulting_days,
                motivation = EXCLUDED.motivation, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at
            """, logger: logger)
    }

    /// Marks the decided dossiers with their outcome in the jury's view, as the sitting closes.
    func applyOutcomes(of sitting: JurySessionID, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE dossiers d SET status = x.decision, updated_at = now()
            FROM decisions x WHERE x.sitting_id = \(sitting.uuid) AND x.application_id = d.application_id
            """, logger: logger)
    }
}
