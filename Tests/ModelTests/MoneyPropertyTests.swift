import Model
import PropertyBased
import Testing

/// `Money`, `Rate` and `SubsidyRule` over the whole `Int64` range: nothing traps, and the
/// results agree with the same arithmetic done in 128 bits.
@Suite("Money arithmetic over the whole Int64 range")
struct MoneyPropertyTests {
    /// Any 64-bit amount, with the edges and small amounts drawn as often as the rest.
    static let anyCents = Gen.oneOf(
        Gen.int64().eraseToAnySequence(),
        Gen.int64(in: -1_000_000...1_000_000).eraseToAnySequence(),
        Gen.int64(in: (Int64.max - 10_000)...Int64.max).eraseToAnySequence(),
        Gen.int64(in: Int64.min...(Int64.min + 10_000)).eraseToAnySequence()
    )
    static let anyBasisPoints = Gen.int(in: 0...10_000)

    @Test("applying a rate never traps and equals the 128-bit product divided toward zero")
    func applyingMatchesWideArithmetic() async {
        await propertyCheck(count: 2_000, input: Self.anyCents, Self.anyBasisPoints) { cents, basisPoints in
            let rate = Rate(basisPoints: basisPoints)!
            let result = Money(cents: cents).applying(rate)
            let expected = Int128(cents) * Int128(basisPoints) / 10_000
            #expect(Int128(result.cents) == expected)
            #expect(result.cents.magnitude <= cents.magnitude, "a rate of at most 100 % never grows an amount")
        }
    }

    @Test("a rate exists exactly between 0 and 10,000 basis points, or 0 and 100 %")
    func rateBounds() async {
        await propertyCheck(count: 2_000, input: Gen.int()) { value in
            #expect((Rate(basisPoints: value) != nil) == (0...10_000).contains(value))
            #expect((Rate(percent: value) != nil) == (0...100).contains(value))
        }
        #expect(Rate(basisPoints: .min) == nil && Rate(basisPoints: .max) == nil && Rate(percent: .max) == nil)
    }

    @Test("the maximum subsidy never exceeds the cap nor, for a positive cost, the cost")
    func subsidyRule() async {
        await propertyCheck(count: 2_000, input: Self.anyCents, Self.anyCents, Self.anyBasisPoints) { cost, cap, basisPoints in
            let rule = SubsidyRule(rate: Rate(basisPoints: basisPoints)!, cap: Money(cents: cap))
            let subsidy = rule.maximumSubsidy(forEligibleCost: Money(cents: cost))
            #expect(subsidy <= Money(cents: cap))
            if cost >= 0 { #expect(subsidy <= Money(cents: cost)) }
            #expect(subsidy == min(Money(cents: cost).applying(rule.rate), Money(cents: cap)))
        }
    }

    @Test("sums and differences are exact, or nil exactly when they leave 64 bits")
    func checkedSumsAndDifferences() async {
        await propertyCheck(count: 2_000, input: Self.anyCents, Self.anyCents) { a, b in
            let sum = Int128(a) + Int128(b), difference = Int128(a) - Int128(b)
            let fits = { (value: Int128) in value >= Int128(Int64.min) && value <= Int128(Int64.max) }
            #expect(Money(cents: a).adding(Money(cents: b)).map { Int128($0.cents) } == (fits(sum) ? sum : nil))
            #expect(Money(cents: a).subtracting(Money(cents: b)).map { Int128($0.cents) } == (fits(difference) ? difference : nil))
        }
    }

    @Test("any amount prints in French, and an enterable one reads back from what a form shows")
    func frenchRoundTrip() async {
        await propertyCheck(count: 2_000, input: Self.anyCents) { cents in
            let money = Money(cents: cents)
            #expect(money.formattedFrench.hasSuffix("\u{00A0}€"))
            #expect(money.frenchInput.hasPrefix("-") == (cents < 0))
            if money.isEnterable {
                #expect(Money(frenchInput: money.frenchInput) == money)
                #expect(Money(frenchInput: money.formattedFrench) == money)
            }
        }
    }

    @Test("an amount is enterable exactly above zero and up to 100 million euros")
    func enterable() async {
        await propertyCheck(count: 2_000, input: Self.anyCents) { cents in
            #expect(Money(cents: cents).isEnterable == (cents > 0 && cents <= 10_000_000_000))
        }
    }
}
