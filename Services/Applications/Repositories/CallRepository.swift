import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Calls for applications, and their `CallPublished` / `CallClosed` events.
struct CallRepository: Sendable {
    let logger: Logger

    /// A call with the places the jury has not yet given.
    struct Listed: Codable, Sendable {
        var call: Call
        var selectedCount: Int
        var remainingPlaces: Int
    }

    func list(on connection: PostgresConnection) async throws -> [Listed] {
        var selected: [UUID: Int] = [:]
        let counts = try await connection.query("""
            SELECT d.call_id, count(DISTINCT j.application_id)::int FROM jury_decisions j JOIN dossiers d ON d.id = j.application_id
            WHERE j.decision = 'selected' GROUP BY d.call_id
            """, logger: logger)
        for try await (callId, count) in counts.decode((UUID, Int).self) { selected[callId] = count }
        let rows = try await connection.query("""
            SELECT id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries, subsidy_rate_bp,
                   subsidy_cap_cents, consulting_days, excluded_themes::text, criteria, budget_envelope_cents, closed_at
            FROM calls ORDER BY opens_at DESC, title
            """, logger: logger)
        var calls: [Listed] = []
        for try await row in rows {
            let call = try Self.decode(row)
            let count = selected[call.id.uuid, default: 0]
            calls.append(Listed(call: call, selectedCount: count, remainingPlaces: max(0, call.maxBeneficiaries - count)))
        }
        return calls
    }

    /// Every call's title, for lists of dossiers.
    func titles(on connection: PostgresConnection) async throws -> [CallID: String] {
        var titles: [CallID: String] = [:]
        for try await (id, title) in try await connection.query("SELECT id, title FROM calls", logger: logger).decode((UUID, String).self) {
            titles[CallID(id)] = title
        }
        return titles
    }

    /// The call, locked against concurrent changes when `forUpdate`.
    func find(_ id: CallID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> Call? {
        let rows = forUpdate
            ? try await connection.query("""
                SELECT id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries, subsidy_rate_bp,
                       subsidy_cap_cents, consulting_days, excluded_themes::text, criteria, budget_envelope_cents, closed_at
                FROM calls WHERE id = \(id.uuid) FOR UPDATE
                """, logger: logger)
            : try await connection.query("""
                SELECT id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries, subsidy_rate_bp,
                       subsidy_cap_cents, consulting_days, excluded_themes::text, criteria, budget_envelope_cents, closed_at
                FROM calls WHERE id = \(id.uuid)
                """, logger: logger)
        for try await row in rows { return try Self.decode(row) }
        return nil
    }

    /// Inserts or replaces a call and publishes its rules, in the caller's transaction.
    func save(_ call: Call, on connection: PostgresConnection) async throws {
        let themes = String(decoding: try JSONEncoder().encode(call.excludedThemes), as: UTF8.self)
        try await connection.query("""
            INSERT INTO calls (id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries,
                               subsidy_rate_bp, subsidy_cap_cents, consulting_days, excluded_themes, criteria,
                               budget_envelope_cents, closed_at)
            VALUES (\(call.id.uuid), \(call.action.rawValue), \(call.title), \(call.description), \(call.opensAt), \(call.closesAt),
                    \(call.eligibleKinds.map(\.rawValue)), \(call.maxBeneficiaries), \(call.subsidyRule?.rate.basisPoints),
                    \(call.subsidyRule?.cap.cents), \(call.consultingDays), \(themes)::jsonb, \(call.criteria),
                    \(call.budgetEnvelope?.cents), \(call.closedAt))
            ON CONFLICT (id) DO UPDATE SET
                title = EXCLUDED.title, description = EXCLUDED.description, opens_at = EXCLUDED.opens_at,
                closes_at = EXCLUDED.closes_at, eligible_kinds = EXCLUDED.eligible_kinds,
                max_beneficiaries = EXCLUDED.max_beneficiaries, subsidy_rate_bp = EXCLUDED.subsidy_rate_bp,
                subsidy_cap_cents = EXCLUDED.subsidy_cap_cents, consulting_days = EXCLUDED.consulting_days,
                excluded_themes = EXCLUDED.excluded_themes, criteria = EXCLUDED.criteria,
                budget_envelope_cents = EXCLUDED.budget_envelope_cents
            """, logger: logger)
        try await announce(call, on: connection)
    }

    /// Queues the call's `CallPublished`, so that the jury and the notifications learn its rules.
    func announce(_ call: Call, on connection: PostgresConnection) async throws {
        let event = CallPublished(callId: call.id, action: call.action, title: call.title, opensAt: call.opensAt,
                                  closesAt: call.closesAt, maxBeneficiaries: call.maxBeneficiaries, eligibleKinds: call.eligibleKinds,
                                  subsidyRate: call.subsidyRule?.rate, subsidyCap: call.subsidyRule?.cap,
                                  consultingDays: call.consultingDays, criteria: call.criteria, budgetEnvelope: call.budgetEnvelope)
        try await Outbox.append(EventEnvelope(source: "applications", data: event), on: connection, logger: logger)
    }

    /// Closes a call to new submissions from `instant` on.
    func close(_ id: CallID, at instant: Date, on connection: PostgresConnection) async throws {
        try await connection.query("UPDATE calls SET closed_at = \(instant) WHERE id = \(id.uuid)", logger: logger)
        try await Outbox.append(EventEnvelope(source: "applications", data: CallClosed(callId: id, closedAt: instant)),
                                on: connection, logger: logger)
    }

    static func decode(_ row: PostgresRow) throws -> Call {
        try decode(row.makeRandomAccess(), at: 0)
    }

    /// The call in the fifteen columns from `offset` (id, action, title, description, opens_at,
    /// closes_at, eligible_kinds, max_beneficiaries, subsidy_rate_bp, subsidy_cap_cents,
    /// consulting_days, excluded_themes::text, criteria, budget_envelope_cents, closed_at).
    static func decode(_ row: PostgresRandomAccessRow, at offset: Int) throws -> Call {
        let rate = try row[offset + 8].decode(Int?.self), cap = try row[offset + 9].decode(Int64?.self)
        let subsidyRule: SubsidyRule? = if let rate = rate.flatMap(Rate.init(basisPoints:)), let cap { SubsidyRule(rate: rate, cap: Money(cents: cap)) } else { nil }
        return Call(id: CallID(try row[offset].decode(UUID.self)),
                    action: try storedValue(FundingAction.self, try row[offset + 1].decode(String.self), column: "calls.action"),
                    title: try row[offset + 2].decode(String.self), description: try row[offset + 3].decode(String.self),
                    opensAt: try row[offset + 4].decode(Date.self), closesAt: try row[offset + 5].decode(Date.self),
                    eligibleKinds: try row[offset + 6].decode([String].self).map { try storedValue(ApplicantKind.self, $0, column: "calls.eligible_kinds") },
                    maxBeneficiaries: try row[offset + 7].decode(Int.self), subsidyRule: subsidyRule,
                    consultingDays: try row[offset + 10].decode(Int?.self),
                    excludedThemes: try JSONDecoder().decode([ExcludedTheme].self, from: Data(try row[offset + 11].decode(String.self).utf8)),
                    criteria: try row[offset + 12].decode([String].self), budgetEnvelope: try row[offset + 13].decode(Int64?.self).map(Money.init(cents:)),
                    closedAt: try row[offset + 14].decode(Date?.self))
    }
}
