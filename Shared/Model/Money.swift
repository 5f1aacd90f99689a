/// An amount in euros, held as an exact number of cents.
///
/// Subsidies are computed on cents with integer arithmetic only, so the same dossier
/// always yields the same grant, to the cent, whatever the platform.
public struct Money: Hashable, Comparable, Sendable, Codable {
    /// The amount in euro cents.
    public var cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    /// An amount of whole euros.
    public init(euros: Int64) {
        self.cents = euros * 100
    }

    public static let zero = Money(cents: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }

    /// This amount multiplied by `rate`, rounded down to the cent (a subsidy never exceeds its rate).
    public func applying(_ rate: Rate) -> Money {
        Money(cents: cents * Int64(rate.basisPoints) / 10_000)
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
