import Access
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// The portal's and back office's sessions: a cookie names one, and each carries the
/// CSRF token its forms must send back.
struct SessionRepository: Sendable {
    let logger: Logger

    /// A signed-in browser.
    struct Session: Sendable {
        var principal: Principal
        var csrfToken: String
    }

    /// Opens a session; returns the cookie's value.
    func open(for principal: Principal, now: Date, lifetime: TimeInterval = 8 * 3600,
              on client: PostgresClient) async throws -> String {
        let token = SecretToken.generate()
        try await client.query("""
            INSERT INTO web_sessions (token_hash, account_id, csrf_token, expires_at)
            VALUES (\(SecretToken.digest(token)), \(principal.accountId), \(SecretToken.generate()), \(now.addingTimeInterval(lifetime)))
            """, logger: logger)
        return token
    }

    func find(_ token: String, now: Date, on client: PostgresClient) async throws -> Session? {
        let rows = try await client.query("""
            SELECT a.id, a.email, a.display_name, a.role, a.applicant_id, s.csrf_token FROM web_sessions s JOIN accounts a ON a.id = s.account_id
            WHERE s.token_hash = \(SecretToken.digest(token)) AND s.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name, role, applicant, csrf) in rows.decode((UUID, String, String, String, UUID?, String).self) {
            let role = try storedValue(Role.self, role, column: "accounts.role")
            return Session(principal: Principal(accountId: id, email: email, displayName: name, role: role, applicantId: applicant.map(ApplicantID.init)),
                           csrfToken: csrf)
        }
        return nil
    }

    func close(_ token: String, on client: PostgresClient) async throws {
        try await client.query("DELETE FROM web_sessions WHERE token_hash = \(SecretToken.digest(token))", logger: logger)
    }
}
