/// A SIREN number: nine digits whose Luhn checksum holds (groupings, associations).
public struct SirenNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    /// Returns `nil` when `value` (spaces allowed) is not a valid SIREN number.
    public init?(_ value: String) {
        let digits = value.filter { $0 != " " }
        guard digits.count == 9, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        guard Self.luhnIsValid(digits) else { return nil }
        self.value = digits
    }

    public var description: String { value }

    static func luhnIsValid(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            var digit = Int(character.asciiValue! - 48)
            if index % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let number = SirenNumber(raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid SIREN number"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
