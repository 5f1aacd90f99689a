import PostgresNIO

/// One step of a schema's history: statements applied together in one transaction.
///
/// Statements are `PostgresQuery` literals, never strings built at run time.
public struct Migration: Sendable {
    /// Orders the history; never reuse or reorder a version once released.
    public let version: Int
    public let name: String
    public let statements: [PostgresQuery]

    public init(version: Int, name: String, statements: [PostgresQuery]) {
        self.version = version
        self.name = name
        self.statements = statements
    }

    /// Detects a released migration edited afterwards (FNV-1a 64 over its SQL).
    public var checksum: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for statement in statements {
            for byte in statement.sql.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x0A
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
