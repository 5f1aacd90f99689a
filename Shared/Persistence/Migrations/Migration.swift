import Logging
import PostgresNIO

/// One step of a schema's history, applied in one transaction.
///
/// Statements are `PostgresQuery` literals, never strings built at run time; work that must
/// go through the code (events encoded by their contracts' encoder) is a `code` step.
public struct Migration: Sendable {
    /// What a migration does, in order.
    public enum Step: Sendable {
        case sql(PostgresQuery)
        /// Work done by the code in the migration's transaction; `summary` stands for it in the checksum.
        case code(summary: String, run: @Sendable (PostgresConnection, Logger) async throws -> Void)
    }

    /// Orders the history; never reuse or reorder a version once released.
    public let version: Int
    /// Recorded with the version; never changed once released.
    public let name: String
    public let steps: [Step]
    /// Checksums of an earlier text of this migration, rewritten since without changing what
    /// it leaves behind (e.g. hand-written event JSON replaced by the contracts' encoder): a
    /// schema that applied that text is not refused.
    public let formerChecksums: Set<String>

    public init(version: Int, name: String, statements: [PostgresQuery], formerChecksums: Set<String> = []) {
        self.init(version: version, name: name, steps: statements.map(Step.sql), formerChecksums: formerChecksums)
    }

    public init(version: Int, name: String, steps: [Step], formerChecksums: Set<String> = []) {
        self.version = version
        self.name = name
        self.steps = steps
        self.formerChecksums = formerChecksums
    }

    /// Detects a released migration edited afterwards (FNV-1a 64 over its SQL and its code steps' summaries).
    public var checksum: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for step in steps {
            let text = switch step {
            case .sql(let statement): statement.sql
            case .code(let summary, _): "code: " + summary
            }
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x0A
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether a schema that recorded `checksum` for this version applied this migration.
    func accepts(checksum recorded: String) -> Bool {
        recorded == checksum || formerChecksums.contains(recorded)
    }
}
