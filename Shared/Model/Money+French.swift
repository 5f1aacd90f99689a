extension Money {
    /// Reads an amount as people type it in a French form: `12 345,67`, `12345.67`,
    /// `12 345,67 €` or `12345`; `nil` for anything else, a negative amount or more than two decimals.
    public init?(frenchInput text: String) {
        var cleaned = text.filter { !$0.isWhitespace && $0 != "€" && $0 != "\u{202F}" && $0 != "\u{00A0}" }
        cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 12,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), let euros = Int64(whole) else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(fraction) else {
                return nil
            }
            cents = fraction.count == 1 ? value * 10 : value
        }
        self.init(cents: euros * 100 + cents)
    }

    /// The amount as a French form shows it back: `12345,67`.
    public var frenchInput: String {
        let sign = cents < 0 ? "-" : ""
        let remainder = cents.magnitude % 100
        return "\(sign)\(cents.magnitude / 100),\(remainder < 10 ? "0" : "")\(remainder)"
    }
}
