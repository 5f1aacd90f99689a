/// A percentage held exactly, in basis points (80 % is 8,000), between 0 % and 100 %.
public struct Rate: Hashable, Comparable, Sendable, Codable {
    public private(set) var basisPoints: Int

    /// The rate, or `nil` outside 0–10,000 basis points.
    public init?(basisPoints: Int) {
        guard Self.validBasisPoints.contains(basisPoints) else { return nil }
        self.basisPoints = basisPoints
    }

    /// The rate of a whole percentage, or `nil` outside 0–100.
    public init?(percent: Int) {
        guard (0...100).contains(percent) else { return nil }
        self.basisPoints = percent * 100
    }

    static let validBasisPoints = 0...10_000

    public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.basisPoints < rhs.basisPoints }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Int.self)
        guard Self.validBasisPoints.contains(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "rate out of range: \(value)"))
        }
        self.basisPoints = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(basisPoints)
    }
}
