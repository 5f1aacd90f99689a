import Foundation
import Logging
import Model
import Persistence
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

    /// A transition's reading: the dossier, its call and its applicant, and the version of the
    /// dossier's row that the transition's write must still find.
    struct Current: Sendable {
        var dossier: Dossier
        var call: Call
        var applicant: Applicant
        var version: String
    }

    /// The call and whether the applicant exists, in one query; `nil` when the call does not exist.
    func draftFacts(call callId: CallID, applicant applicantId: ApplicantID,
                    on client: PostgresClient) async throws -> (call: Call, applicantExists: Bool)? {
        let rows = try await client.query("""
            SELECT id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries, subsidy_rate_bp,
                   subsidy_cap_cents, consulting_days, excluded_themes::text, criteria, budget_envelope_cents, closed_at,
                   EXISTS (SELECT FROM applicants WHERE id = \(applicantId.uuid))
            FROM calls WHERE id = \(callId.uuid)
            """, logger: logger)
        for try await row in rows {
            let columns = row.makeRandomAccess()
            return (try CallRepository.decode(columns, at: 0), try columns[15].decode(Bool.self))
        }
        return nil
    }

    /// Stores a new draft with the next readable reference of its action and year
    /// (`AC-2026-0042`) and its first history row, in one statement (so one transaction).
    /// - Returns: the dossier with its reference.
    func create(_ dossier: Dossier, referencePrefix prefix: String, year: Int, actor: String, action: String,
                on client: PostgresClient) async throws -> Dossier {
        let referenceStart = "\(prefix)-\(year)-"
        var created = dossier
        do {
            // The violation may come while the rows are read: the statement runs as they are.
            let rows = try await client.query("""
                WITH counter AS (
                    INSERT INTO reference_counters (prefix, year, last_number) VALUES (\(prefix), \(year), 1)
                    ON CONFLICT (prefix, year) DO UPDATE SET last_number = reference_counters.last_number + 1
                    RETURNING \(referenceStart) || lpad(last_number::text, greatest(4, length(last_number::text)), '0') AS reference
                ), created AS (
                    INSERT INTO dossiers (id, reference, call_id, applicant_id, status, project_title, theme, summary, eligible_cost_cents,
                                          requested_subsidy_cents, staff_message, created_at, updated_at, submitted_at)
                    SELECT \(dossier.id.uuid), reference, \(dossier.callId.uuid), \(dossier.applicantId.uuid), \(dossier.status.rawValue),
                           \(dossier.projectTitle), \(dossier.theme), \(dossier.summary), \(dossier.eligibleCost?.cents),
                           \(dossier.requestedSubsidy?.cents), \(dossier.staffMessage), \(dossier.createdAt), \(dossier.updatedAt),
                           \(dossier.submittedAt)
                    FROM counter
                    RETURNING id, reference
                ), history AS (
                    INSERT INTO dossier_history (dossier_id, at, actor, action, status, event_id, message)
                    SELECT id, \(dossier.updatedAt), \(actor), \(action), \(dossier.status.rawValue), NULL, NULL FROM created
                )
                SELECT reference FROM created
                """, logger: logger)
            for try await reference in rows.decode(String.self) { created.reference = reference }
        } catch where error.violatedConstraint == "dossiers_one_open_per_applicant_and_call" {
            throw AlreadyOpen()
        }
        return created
    }

    /// The dossier with its call and applicant, in one query and without a lock.
    func current(_ id: ApplicationID, on client: PostgresClient) async throws -> Current? {
        let rows = try await client.query("""
            SELECT d.xmin::text, d.id, d.reference, d.call_id, d.applicant_id, d.status, d.project_title, d.theme, d.summary,
                   d.eligible_cost_cents, d.requested_subsidy_cents, d.staff_message, d.created_at, d.updated_at, d.submitted_at,
                   c.id, c.action, c.title, c.description, c.opens_at, c.closes_at, c.eligible_kinds, c.max_beneficiaries, c.subsidy_rate_bp,
                   c.subsidy_cap_cents, c.consulting_days, c.excluded_themes::text, c.criteria, c.budget_envelope_cents, c.closed_at,
                   a.id, a.name, a.kind, a.insee_code, a.siren, a.department, a.population, a.inside_urban_agglomeration, a.website,
                   a.contacts::text
            FROM dossiers d JOIN calls c ON c.id = d.call_id JOIN applicants a ON a.id = d.applicant_id
            WHERE d.id = \(id.uuid)
            """, logger: logger)
        for try await row in rows {
            let columns = row.makeRandomAccess()
            return Current(dossier: try Self.decode(columns, at: 1), call: try CallRepository.decode(columns, at: 15),
                           applicant: try ApplicantRepository.decode(columns, at: 30), version: try columns[0].decode(String.self))
        }
        return nil
    }

    /// Writes a transition in one statement (so one transaction): every field that may change,
    /// the history row and, when there is one, the event's outbox row; only if the dossier's row
    /// is still at `version`.
    ///
    /// The row is updated before the event is inserted, so a concurrent transition of the same
    /// dossier waits on its lock and its event gets a later outbox position.
    /// - Returns: whether it was written; `false` when someone changed the dossier since it was read.
    func write(_ dossier: Dossier, ifStillAt version: String, completedAt: Date? = nil, event: OutboxRecord?,
               actor: String, action: String, message: String? = nil, on client: PostgresClient) async throws -> Bool {
        try await client.withConnection { connection in
            try await write(dossier, ifStillAt: version, completedAt: completedAt, event: event, actor: actor, action: action,
                            message: message, on: connection)
        }
    }

    /// `write` on the caller's connection, so that staff's transitions commit with their audit entry.
    func write(_ dossier: Dossier, ifStillAt version: String, completedAt: Date? = nil, event: OutboxRecord?,
               actor: String, action: String, message: String? = nil, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query("""
            WITH changed AS (
                UPDATE dossiers SET status = \(dossier.status.rawValue), project_title = \(dossier.projectTitle), theme = \(dossier.theme),
                       summary = \(dossier.summary), eligible_cost_cents = \(dossier.eligibleCost?.cents),
                       requested_subsidy_cents = \(dossier.requestedSubsidy?.cents), staff_message = \(dossier.staffMessage),
                       updated_at = \(dossier.updatedAt), submitted_at = \(dossier.submittedAt),
                       completed_at = coalesce(\(completedAt), completed_at)
                WHERE id = \(dossier.id.uuid) AND xmin::text = \(version)
                RETURNING id
            ), event AS (
                INSERT INTO outbox (event_id, topic, message_key, payload)
                SELECT \(event?.eventId), \(event?.topic), \(event?.messageKey), \(event?.payload) FROM changed
                WHERE \(event?.eventId)::uuid IS NOT NULL
            ), history AS (
                INSERT INTO dossier_history (dossier_id, at, actor, action, status, event_id, message)
                SELECT id, \(dossier.updatedAt), \(actor), \(action), \(dossier.status.rawValue), \(event?.eventId), \(message) FROM changed
            )
            SELECT count(*)::int FROM changed
            """, logger: logger)
        var written = 0
        for try await count in rows.decode(Int.self) { written = count }
        return written == 1
    }

    /// How many dossiers of `call` have been declared complete, counting `dossier` as one of them.
    func completeCount(of call: CallID, including dossier: ApplicationID, on client: PostgresClient) async throws -> Int {
        let rows = try await client.query("""
            SELECT count(*)::int FROM dossiers WHERE call_id = \(call.uuid) AND (completed_at IS NOT NULL OR id = \(dossier.uuid))
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// Writes every field that may change after creation.
    func update(_ dossier: Dossier, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE dossiers SET status = \(dossier.status.rawValue), project_title = \(dossier.projectTitle), theme = \(dossier.theme),
                   summary = \(dossier.summary), eligible_cost_cents = \(dossier.eligibleCost?.cents),
                   requested_subsidy_cents = \(dossier.requestedSubsidy?.cents), staff_message = \(dossier.staffMessage),
                   updated_at = \(dossier.updatedAt), submitted_at = \(dossier.submittedAt)
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
            entries.append(HistoryEntry(at: at, actor: actor, action: action, status: try storedValue(DossierStatus.self, status, column: "dossier_history.status"),
                                        eventId: eventId, message: message))
        }
        return entries
    }

    static func decode(_ row: PostgresRow) throws -> Dossier {
        try decode(row.makeRandomAccess(), at: 0)
    }

    /// The dossier in the fourteen columns from `offset` (id, reference, call_id, applicant_id,
    /// status, project_title, theme, summary, eligible_cost_cents, requested_subsidy_cents,
    /// staff_message, created_at, updated_at, submitted_at).
    static func decode(_ row: PostgresRandomAccessRow, at offset: Int) throws -> Dossier {
        Dossier(id: ApplicationID(try row[offset].decode(UUID.self)), reference: try row[offset + 1].decode(String.self),
                callId: CallID(try row[offset + 2].decode(UUID.self)), applicantId: ApplicantID(try row[offset + 3].decode(UUID.self)),
                status: try storedValue(DossierStatus.self, try row[offset + 4].decode(String.self), column: "dossiers.status"),
                projectTitle: try row[offset + 5].decode(String.self), theme: try row[offset + 6].decode(String.self),
                summary: try row[offset + 7].decode(String.self), eligibleCost: try row[offset + 8].decode(Int64?.self).map(Money.init(cents:)),
                requestedSubsidy: try row[offset + 9].decode(Int64?.self).map(Money.init(cents:)),
                staffMessage: try row[offset + 10].decode(String?.self), createdAt: try row[offset + 11].decode(Date.self),
                updatedAt: try row[offset + 12].decode(Date.self), submittedAt: try row[offset + 13].decode(Date?.self))
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
