import Foundation
import Logging
import Model
import PostgresNIO

/// Dossiers, their references and their history rows.
struct DossierRepository: Sendable {
    let logger: Logger

    /// Which dossiers a list shows; `nil` means any.
    struct Filter: Sendable {
        var callId: CallID?
        var status: DossierStatus?
        var department: String?
        var priorityTarget: Bool?
        var applicantId: ApplicantID?
    }

    /// The applicant already has an open dossier for this call.
    struct AlreadyOpen: Error {}

    /// The next readable reference for an action and year: `AC-2026-0042`.
    func nextReference(action: FundingAction, year: Int, on connection: PostgresConnection) async throws -> String {
        let rows = try await connection.query("""
            INSERT INTO reference_counters (prefix, year, last_number) VALUES (\(action.referencePrefix), \(year), 1)
            ON CONFLICT (prefix, year) DO UPDATE SET last_number = reference_counters.last_number + 1
            RETURNING last_number
            """, logger: logger)
        var number = 1
        for try await value in rows.decode(Int.self) { number = value }
        let digits = String(number)
        return "\(action.referencePrefix)-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
    }

    func insert(_ dossier: Dossier, on connection: PostgresConnection) async throws {
        do {
            try await connection.query("""
                INSERT INTO dossiers (id, reference, call_id, applicant_id, status, project_title, theme, summary, eligible_cost_cents,
                                      requested_subsidy_cents, staff_message, created_at, updated_at, submitted_at)
                VALUES (\(dossier.id.uuid), \(dossier.reference), \(dossier.callId.uuid), \(dossier.applicantId.uuid),
                        \(dossier.status.rawValue), \(dossier.projectTitle), \(dossier.theme), \(dossier.summary),
                        \(dossier.eligibleCost?.cents), \(dossier.requestedSubsidy?.cents), \(dossier.staffMessage),
                        \(dossier.createdAt), \(dossier.updatedAt), \(dossier.submittedAt))
                """, logger: logger)
        } catch where error.violatedConstraint == "dossiers_one_open_per_applicant_and_call" {
            throw AlreadyOpen()
        }
    }

    /// Writes every field that may change after creation.
    func update(_ dossier: Dossier, completedAt: Date? = nil, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE dossiers SET status = \(dossier.status.rawValue), project_title = \(dossier.projectTitle), theme = \(dossier.theme),
                   summary = \(dossier.summary), eligible_cost_cents = \(dossier.eligibleCost?.cents),
                   requested_subsidy_cents = \(dossier.requestedSubsidy?.cents), staff_message = \(dossier.staffMessage),
                   updated_at = \(dossier.updatedAt), submitted_at = \(dossier.submittedAt),
                   completed_at = coalesce(\(completedAt), completed_at)
            WHERE id = \(dossier.id.uuid)
            """, logger: logger)
    }

    /// The dossier; with `forUpdate`, locked until the transaction ends, so that two
    /// transitions of one dossier run one after the other.
    func find(_ id: ApplicationID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> Dossier? {
        let rows = forUpdate
            ? try await connection.query("""
                SELECT id, reference, call_id, applicant_id, status, project_title, theme, summary, eligible_cost_cents,
                       requested_subsidy_cents, staff_message, created_at, updated_at, submitted_at
                FROM dossiers WHERE id = \(id.uuid) FOR UPDATE
                """, logger: logger)
            : try await connection.query("""
                SELECT id, reference, call_id, applicant_id, status, project_title, theme, summary, eligible_cost_cents,
                       requested_subsidy_cents, staff_message, created_at, updated_at, submitted_at
                FROM dossiers WHERE id = \(id.uuid)
                """, logger: logger)
        for try await row in rows { return try Self.decode(row) }
        return nil
    }

    func list(_ filter: Filter, on connection: PostgresConnection) async throws -> [Dossier] {
        let rows = try await connection.query("""
            SELECT d.id, d.reference, d.call_id, d.applicant_id, d.status, d.project_title, d.theme, d.summary, d.eligible_cost_cents,
                   d.requested_subsidy_cents, d.staff_message, d.created_at, d.updated_at, d.submitted_at
            FROM dossiers d JOIN applicants a ON a.id = d.applicant_id
            WHERE (\(filter.callId?.uuid)::uuid IS NULL OR d.call_id = \(filter.callId?.uuid))
              AND (\(filter.status?.rawValue)::text IS NULL OR d.status = \(filter.status?.rawValue))
              AND (\(filter.department)::text IS NULL OR a.department = \(filter.department))
              AND (\(filter.applicantId?.uuid)::uuid IS NULL OR d.applicant_id = \(filter.applicantId?.uuid))
              AND (\(filter.priorityTarget)::boolean IS NULL OR \(filter.priorityTarget) = (
                   (a.kind = 'commune' AND NOT a.inside_urban_agglomeration AND a.population < 2500)
                   OR (a.kind = 'intercommunality' AND a.population < 15000)))
            ORDER BY d.created_at DESC, d.reference
            """, logger: logger)
        var dossiers: [Dossier] = []
        for try await row in rows { dossiers.append(try Self.decode(row)) }
        return dossiers
    }

    /// One line of a dossier's history: who did what, when, and the event it published.
    func recordHistory(_ dossier: Dossier, actor: String, action: String, eventId: UUID?, message: String? = nil,
                       on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO dossier_history (dossier_id, at, actor, action, status, event_id, message)
            VALUES (\(dossier.id.uuid), \(dossier.updatedAt), \(actor), \(action), \(dossier.status.rawValue), \(eventId), \(message))
            """, logger: logger)
    }

    func history(of id: ApplicationID, on connection: PostgresConnection) async throws -> [HistoryEntry] {
        let rows = try await connection.query("""
            SELECT at, actor, action, status, event_id, message FROM dossier_history WHERE dossier_id = \(id.uuid) ORDER BY position
            """, logger: logger)
        var entries: [HistoryEntry] = []
        for try await (at, actor, action, status, eventId, message) in rows.decode((Date, String, String, String, UUID?, String?).self) {
            entries.append(HistoryEntry(at: at, actor: actor, action: action, status: DossierStatus(rawValue: status) ?? .draft,
                                        eventId: eventId, message: message))
        }
        return entries
    }

    static func decode(_ row: PostgresRow) throws -> Dossier {
        let (id, reference, callId, applicantId, status, title, theme, summary, cost, subsidy, message, createdAt, updatedAt, submittedAt) =
            try row.decode((UUID, String, UUID, UUID, String, String, String, String, Int64?, Int64?, String?, Date, Date, Date?).self)
        return Dossier(id: ApplicationID(id), reference: reference, callId: CallID(callId), applicantId: ApplicantID(applicantId),
                       status: DossierStatus(rawValue: status) ?? .draft, projectTitle: title, theme: theme, summary: summary,
                       eligibleCost: cost.map(Money.init(cents:)), requestedSubsidy: subsidy.map(Money.init(cents:)),
                       staffMessage: message, createdAt: createdAt, updatedAt: updatedAt, submittedAt: submittedAt)
    }
}

extension DossierRepository {
    /// The jury's decisions on a dossier, as one French sentence each.
    func decisions(of id: ApplicationID, on connection: PostgresConnection) async throws -> [String] {
        let rows = try await connection.query("""
            SELECT decision, granted_amount_cents, consulting_days, motivation, decided_at FROM jury_decisions
            WHERE application_id = \(id.uuid) ORDER BY decided_at
            """, logger: logger)
        var lines: [String] = []
        for try await (decision, amount, days, motivation, decidedAt) in rows.decode((String, Int64?, Int?, String?, Date).self) {
            var line = switch decision {
            case "selected": "Retenu le \(ParisTime.frenchDate(decidedAt))"
            case "rejected": "Non retenu le \(ParisTime.frenchDate(decidedAt))"
            default: "Ajourné au jury suivant le \(ParisTime.frenchDate(decidedAt))"
            }
            if let amount { line += " : subvention de \(Money(cents: amount).formattedFrench)" }
            if let days { line += " : \(days) jours de conseil" }
            if let motivation, !motivation.isEmpty { line += ". Motivation : \(motivation)" }
            lines.append(line)
        }
        return lines
    }
}
