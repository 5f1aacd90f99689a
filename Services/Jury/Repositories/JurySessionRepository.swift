import Access
import Foundation
import Logging
import PostgresNIO

/// The jury pages' sessions: a cookie names one, and each carries the CSRF token its forms
/// must send back.
struct JurySessionRepository: Sendable {
    let logger: Logger

    /// A signed-in browser.
    struct Session: Sendable {
        var member: Member
        var csrfToken: String
    }

    /// Opens a session; returns the cookie's value.
    func open(for member: Member, now: Date, lifetime: TimeInterval = 8 * 3600, on client: PostgresClient) async throws -> String {
        let token = SecretToken.generate()
        try await client.query("""
            INSERT INTO web_sessions (token_hash, member_id, csrf_token, expires_at)
            VALUES (\(SecretToken.digest(token)), \(member.id), \(SecretToken.generate()), \(now.addingTimeInterval(lifetime)))
            """, logger: logger)
        return token
    }

    func find(_ token: String, now: Date, on client: PostgresClient) async throws -> Session? {
        let rows = try await client.query("""
            SELECT m.id, m.email, m.display_name, m.role, s.csrf_token FROM web_sessions s JOIN members m ON m.id = s.member_id
            WHERE s.token_hash = \(SecretToken.digest(token)) AND s.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name, role, csrf) in rows.decode((UUID, String, String, String, String).self) {
            return MemberRole(rawValue: role).map { Session(member: Member(id: id, email: email, displayName: name, role: $0), csrfToken: csrf) }
        }
        return nil
    }

    func close(_ token: String, on client: PostgresClient) async throws {
        try await client.query("DELETE FROM web_sessions WHERE token_hash = \(SecretToken.digest(token))", logger: logger)
    }
}
