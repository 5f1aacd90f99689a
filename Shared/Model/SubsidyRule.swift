/// The innovation grant's funding rule: a rate of the eligible costs, capped per project
/// (brochure: 80 % of eligible costs, at most 50,000 EUR).
public struct SubsidyRule: Hashable, Sendable, Codable {
    public var rate: Rate
    public var cap: Money

    public init(rate: Rate, cap: Money) {
        self.rate = rate
        self.cap = cap
    }

    /// The 2006–2008 programme's rule.
    public static let programme2006 = SubsidyRule(rate: Rate(percent: 80)!, cap: Money(euros: 50_000))

    /// min(rate × eligible cost, cap), rounded down to the cent: the most a project may
    /// request, and the most the jury may grant. Never traps, whatever the cost.
    public func maximumSubsidy(forEligibleCost cost: Money) -> Money {
        min(cost.applying(rate), cap)
    }
}
