import Access
import Foundation
import Logging
import PostgresNIO

/// "Mes inscriptions" links: a token (kept as its digest) that opens every registration of
/// the address it was asked for, until it expires.
struct TraineeLinkRepository: Sendable {
    let logger: Logger

    func insert(tokenHash: Data, person: Data, at instant: Date, expiresAt: Date, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO trainee_links (token_hash, email_digest, created_at, expires_at)
            VALUES (\(tokenHash), \(person), \(instant), \(expiresAt))
            """, logger: logger)
    }

    /// The address digest a live link's token opens.
    func person(ofToken token: String, now: Date, on connection: PostgresConnection) async throws -> Data? {
        let rows = try await connection.query("""
            SELECT email_digest FROM trainee_links WHERE token_hash = \(SecretToken.digest(token)) AND expires_at > \(now)
            """, logger: logger)
        for try await digest in rows.decode(Data.self) { return digest }
        return nil
    }

    /// Links asked for the address since `instant`.
    func count(of person: Data, since instant: Date, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("""
            SELECT count(*)::int FROM trainee_links WHERE email_digest = \(person) AND created_at > \(instant)
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }
}
