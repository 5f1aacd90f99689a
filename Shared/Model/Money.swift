/// An amount in euros, held as an exact number of cents.
///
/// Subsidies are computed on cents with integer arithmetic only, so the same dossier
/// always yields the same grant, to the cent, whatever the platform. No operation here
/// traps: amounts come from people, and one typing error must not stop a service.
public struct Money: Hashable, Comparable, Sendable, Codable {
    /// The amount in euro cents.
    public var cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    /// An amount of whole euros (an `Int32` of euros times 100 always fits in the cents).
    public init(euros: Int32) {
        self.cents = Int64(euros) * 100
    }

    public static let zero = Money(cents: 0)

    /// The largest amount a person may enter anywhere in the programme: 100 million euros.
    /// Above it, an amount is a typing error (the programme's largest grant is 50,000 EUR).
    public static let largestEnterable = Money(cents: 10_000_000_000)

    /// Whether a person may enter this amount: above zero and at most ``largestEnterable``.
    public var isEnterable: Bool { self > .zero && self <= .largestEnterable }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The sum, or `nil` when it does not fit in 64 bits.
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = cents.addingReportingOverflow(other.cents)
        return overflow ? nil : Money(cents: sum)
    }

    /// The difference, or `nil` when it does not fit in 64 bits.
    public func subtracting(_ other: Money) -> Money? {
        let (difference, overflow) = cents.subtractingReportingOverflow(other.cents)
        return overflow ? nil : Money(cents: difference)
    }

    /// This amount multiplied by `rate`, rounded toward zero to the cent (a subsidy never
    /// exceeds its rate). The product is taken in 128 bits; since a rate is at most 100 %,
    /// the quotient always fits back in 64.
    public func applying(_ rate: Rate) -> Money {
        let product = cents.multipliedFullWidth(by: Int64(rate.basisPoints))
        return Money(cents: Int64(10_000).dividingFullWidth(product).quotient)
    }

    /// French notation: `50 000,00 €` (narrow no-break space between thousands).
    public var formattedFrench: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = cents.magnitude
        let euros = String(absolute / 100)
        let remainder = absolute % 100
        var grouped = ""
        for (index, digit) in euros.enumerated() {
            if index > 0 && (euros.count - index) % 3 == 0 { grouped.append("\u{202F}") }
            grouped.append(digit)
        }
        return "\(sign)\(grouped),\(remainder < 10 ? "0" : "")\(remainder)\u{00A0}€"
    }

    public init(from decoder: any Decoder) throws {
        self.cents = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(cents)
    }
}
