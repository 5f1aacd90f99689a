import Events
import Foundation
import Logging
import Persistence
import Model
import PostgresNIO

/// The calls' rules as `CallPublished` states them, and the places and budget used.
struct CallRulesRepository: Sendable {
    let logger: Logger

    /// Records a call's (new) rules; the places and budget already used are kept.
    func save(_ call: CallPublished, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO calls (call_id, action, title, max_beneficiaries, subsidy_rate_bp, subsidy_cap_cents, consulting_days,
                               criteria, budget_envelope_cents)
            VALUES (\(call.callId.uuid), \(call.action.rawValue), \(call.title), \(call.maxBeneficiaries),
                    \(call.subsidyRate?.basisPoints), \(call.subsidyCap?.cents), \(call.consultingDays), \(call.criteria),
                    \(call.budgetEnvelope?.cents))
            ON CONFLICT (call_id) DO UPDATE SET action = EXCLUDED.action, title = EXCLUDED.title,
                max_beneficiaries = EXCLUDED.max_beneficiaries, subsidy_rate_bp = EXCLUDED.subsidy_rate_bp,
                subsidy_cap_cents = EXCLUDED.subsidy_cap_cents, consulting_days = EXCLUDED.consulting_days,
                criteria = EXCLUDED.criteria, budget_envelope_cents = EXCLUDED.budget_envelope_cents
            """, logger: logger)
    }

    /// The calls of `ids`, or every call known to the jury when `ids` is `nil`; by title.
    func find(_ ids: [CallID]?, on connection: PostgresConnection) async throws -> [CallRules] {
        let rows = try await connection.query("""
            SELECT call_id, action, title, max_beneficiaries, subsidy_rate_bp, subsidy_cap_cents, consulting_days, criteria,
                   budget_envelope_cents, selected_count, granted_cents
            FROM calls WHERE \(ids == nil) OR call_id = ANY(\((ids ?? []).map(\.uuid))) ORDER BY title
            """, logger: logger)
        var calls: [CallRules] = []
        for try await row in rows {
            let (id, storedAction, title, max, rate, cap, days, criteria, budget, selected, granted) = try row.decode(
                (UUID, String, String, Int, Int?, Int64?, Int?, [String], Int64?, Int, Int64).self)
            let action = try storedValue(FundingAction.self, storedAction, column: "calls.action")
            let rule = rate.flatMap(Rate.init(basisPoints:)).flatMap { rate in cap.map { SubsidyRule(rate: rate, cap: Money(cents: $0)) } }
            calls.append(CallRules(callId: CallID(id), action: action, title: title, maxBeneficiaries: max, subsidyRule: rule,
                                   consultingDays: days, criteria: criteria, budgetEnvelope: budget.map(Money.init(cents:)),
                                   selectedCount: selected, granted: Money(cents: granted)))
        }
        return calls
    }

    /// Takes (or, with negative values, gives back) places and budget. The table's checks
    /// refuse going over the call's limits; concurrent decisions wait on the call's row, so
    /// the second sees the first's count: of two racing for the last place, one wins.
    /// - Throws: ``JuryError/conflict(_:)`` when the call has no place or budget left for it
    ///   (the transaction is then unusable: let the error roll it back).
    func use(places: Int, amount: Money, of call: CallRules, on connection: PostgresConnection) async throws {
        do {
            try await connection.query("""
                UPDATE calls SET selected_count = selected_count + \(places), granted_cents = granted_cents + \(amount.cents)
                WHERE call_id = \(call.callId.uuid)
                """, logger: logger)
        } catch where error.violatedConstraint == "calls_places" {
            throw JuryError.conflict("L'appel « \(call.title) » a déjà ses \(call.maxBeneficiaries) bénéficiaires : plus aucune place.")
        } catch where error.violatedConstraint == "calls_budget" {
            throw JuryError.conflict("L'enveloppe budgétaire de l'appel « \(call.title) » ne permet pas ce montant.")
        }
    }
}
