/// A commune's INSEE code: five characters, a department (two digits, or 2A / 2B for
/// Corsica) followed by three digits, e.g. `31555` for Toulouse.
public struct InseeCode: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    /// Returns `nil` when `value` is not a well-formed INSEE commune code.
    public init?(_ value: String) {
        let characters = Array(value.uppercased())
        guard characters.count == 5 else { return nil }
        let department = String(characters[0...1])
        let departmentIsValid = department.allSatisfy(\.isASCIIDigit) || department == "2A" || department == "2B"
        guard departmentIsValid, characters[2...].allSatisfy(\.isASCIIDigit) else { return nil }
        self.value = String(characters)
    }

    /// The department part (`31`, `2A`, or three digits overseas such as `971`).
    public var department: String {
        value.hasPrefix("97") ? String(value.prefix(3)) : String(value.prefix(2))
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let code = InseeCode(raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid INSEE code"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
