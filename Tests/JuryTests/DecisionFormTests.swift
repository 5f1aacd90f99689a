@testable import Jury
import Model
import ServiceKit
import Testing

@Suite("Decisions")
struct DecisionFormTests {
    static let innovation = CallRules(callId: CallID(), action: .innovationGrant, title: "Projets innovants", maxBeneficiaries: 25,
                                      subsidyRule: .programme2006, consultingDays: nil, criteria: ["Taille"], budgetEnvelope: nil,
                                      selectedCount: 0, granted: .zero)
    static let consulting = CallRules(callId: CallID(), action: .consultingAid, title: "Aide au conseil", maxBeneficiaries: 50,
                                      subsidyRule: nil, consultingDays: 7, criteria: ["Taille"], budgetEnvelope: nil,
                                      selectedCount: 0, granted: .zero)

    static func fields(_ result: Result<Decision, ValidationFailure>) -> [String] {
        guard case .failure(let failure) = result else { return [] }
        return failure.errors.map(\.field)
    }

    @Test("Innovation grant: the requested subsidy by default; lower with a motivation; never above min(80 % × cost, 50,000 EUR)")
    func amounts() throws {
        let cost = Money(cents: 4_000_001), requested = Money(cents: 3_200_000)
        let byDefault = try DecisionForm(decision: .selected).validated(call: Self.innovation, requested: requested, eligibleCost: cost).get()
        #expect(byDefault.grantedAmount == requested)
        let raised = DecisionForm(decision: .selected, grantedAmountCents: 3_200_001)
        #expect(Self.fields(raised.validated(call: Self.innovation, requested: requested, eligibleCost: cost)) == ["grantedAmountCents"])
        let lowered = DecisionForm(decision: .selected, grantedAmountCents: 3_000_000)
        #expect(Self.fields(lowered.validated(call: Self.innovation, requested: requested, eligibleCost: cost)) == ["motivation"])
        var motivated = lowered
        motivated.motivation = "Dépenses surévaluées."
        #expect(try motivated.validated(call: Self.innovation, requested: requested, eligibleCost: cost).get().grantedAmount == Money(cents: 3_000_000))
        let huge = DecisionForm(decision: .selected, grantedAmountCents: .max)
        guard case .failure(let tooLarge) = huge.validated(call: Self.innovation, requested: requested, eligibleCost: cost) else {
            Issue.record("an amount of Int64.max was accepted")
            return
        }
        #expect(tooLarge.errors.map(\.field) == ["grantedAmountCents"])
        #expect(tooLarge.errors.first?.message.hasPrefix("Le montant accordé dépasse 100") == true)
        let days = DecisionForm(decision: .selected, consultingDays: 366)
        #expect(Self.fields(days.validated(call: Self.consulting, requested: nil, eligibleCost: nil)) == ["consultingDays"])
        let capped = DecisionForm(decision: .selected, grantedAmountCents: 5_000_001)
        #expect(Self.fields(capped.validated(call: Self.innovation, requested: Money(euros: 50_000), eligibleCost: Money(euros: 62_500)))
                == ["grantedAmountCents"])
    }

    @Test("Consulting aid: the call's days by default; a refusal is motivated; a decision is chosen")
    func consultingAndRefusals() throws {
        #expect(try DecisionForm(decision: .selected).validated(call: Self.consulting, requested: nil, eligibleCost: nil).get().consultingDays == 7)
        #expect(Self.fields(DecisionForm(decision: .selected, consultingDays: 0).validated(call: Self.consulting, requested: nil, eligibleCost: nil))
                == ["consultingDays"])
        #expect(Self.fields(DecisionForm(decision: .rejected, motivation: " ").validated(call: Self.consulting, requested: nil, eligibleCost: nil))
                == ["motivation"])
        #expect(Self.fields(DecisionForm().validated(call: Self.consulting, requested: nil, eligibleCost: nil)) == ["decision"])
        #expect(try DecisionForm(decision: .deferred).validated(call: Self.consulting, requested: nil, eligibleCost: nil).get().kind == .deferred)
    }
}
