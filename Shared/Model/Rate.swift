/// A percentage held exactly, in basis points (80 % is 8,000).
public struct Rate: Hashable, Comparable, Sendable, Codable {
    public var basisPoints: Int

    public init(basisPoints: Int) {
        precondition((0...10_000).contains(basisPoints), "a rate lies between 0 % and 100 %")
        self.basisPoints = basisPoints
    }

    public static func percent(_ value: Int) -> Rate { Rate(basisPoints: value * 100) }

    public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.basisPoints < rhs.basisPoints }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        guard (0...10_000).contains(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "rate out of range: \(value)"))
        }
        self.basisPoints = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(basisPoints)
    }
}
