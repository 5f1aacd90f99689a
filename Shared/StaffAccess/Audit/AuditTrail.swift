import Crypto
import Foundation
import Logging
import PostgresNIO

/// The service's append-only, hash-chained log of staff actions (`audit_log`): each entry is
/// written in the transaction of the action it records, and carries the SHA-256 of the
/// previous entry's hash and its own canonical text, so that changing, removing or inserting
/// an entry breaks every link after it. A trigger refuses updates and deletions; `verify`
/// walks the chain and names the first broken link.
public struct AuditTrail: Sendable {
    let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    /// The hash the first entry links to.
    static let genesis = Data(repeating: 0, count: 32)

    /// Appends `entry` on the caller's transaction; concurrent appends in the same schema wait
    /// for each other (an advisory lock held until the transaction ends), so the chain never forks.
    public func append(_ entry: AuditEntry, on connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))", logger: logger)
        var previous = Self.genesis
        let rows = try await connection.query("SELECT hash FROM audit_log ORDER BY position DESC LIMIT 1", logger: logger)
        for try await hash in rows.decode(Data.self) { previous = hash }
        let record = try entry.canonical()
        try await connection.query("""
            INSERT INTO audit_log (occurred_at, action, subject, record, previous_hash, hash)
            VALUES (\(entry.occurredAt), \(entry.action), \(entry.subject), \(record), \(previous), \(Self.link(previous, record)))
            """, logger: logger)
    }

    /// An entry whose link does not hold, and why.
    public struct BrokenLink: Sendable, Equatable {
        public var position: Int64
        public var reason: String
    }

    /// What a walk of the chain found.
    public struct Verification: Sendable, Equatable {
        public var entries: Int
        /// The first broken link, if any.
        public var firstBroken: BrokenLink?

        public init(entries: Int, firstBroken: BrokenLink?) {
            self.entries = entries
            self.firstBroken = firstBroken
        }
    }

    /// Walks the chain in order: each entry must link to the one before it and hash to what it says.
    public func verify(on client: PostgresClient) async throws -> Verification {
        let rows = try await client.query("SELECT position, record, previous_hash, hash FROM audit_log ORDER BY position", logger: logger)
        var expectedPrevious = Self.genesis, entries = 0
        for try await (position, record, previous, hash) in rows.decode((Int64, String, Data, Data).self) {
            entries += 1
            if previous != expectedPrevious {
                return Verification(entries: entries, firstBroken: BrokenLink(position: position, reason: "il ne désigne pas l'entrée qui le précède (une entrée manque ou a été insérée)"))
            }
            if hash != Self.link(previous, record) {
                return Verification(entries: entries, firstBroken: BrokenLink(position: position, reason: "son contenu ne correspond plus à son empreinte (il a été modifié)"))
            }
            expectedPrevious = hash
        }
        return Verification(entries: entries, firstBroken: nil)
    }

    static func link(_ previous: Data, _ record: String) -> Data {
        Data(SHA256.hash(data: previous + Data(record.utf8)))
    }
}
