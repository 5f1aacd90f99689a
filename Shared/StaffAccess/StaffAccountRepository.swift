import Access
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Staff accounts (bcrypt), bearer tokens and page sessions, in the current service's schema.
public struct StaffAccountRepository: Sendable {
    let logger: Logger
    var hasher = PasswordHasher()

    /// Another account already uses the address.
    public struct DuplicateEmail: Error {}

    public init(logger: Logger, hasher: PasswordHasher = PasswordHasher()) {
        self.logger = logger
        self.hasher = hasher
    }

    public func create(email: String, displayName: String, password: String, on client: PostgresClient) async throws -> StaffAccount {
        let account = StaffAccount(id: UUID(), email: email, displayName: displayName)
        let hash = try await hasher.hash(password)
        do {
            try await client.query("""
                INSERT INTO staff_accounts (id, email, display_name, password_hash) VALUES (\(account.id), \(email), \(displayName), \(hash))
                """, logger: logger)
        } catch where error.violatedConstraint == "staff_accounts_email" {
            throw DuplicateEmail()
        }
        return account
    }

    /// The account for these credentials, or `nil` (unknown address and wrong password alike,
    /// in the same time).
    public func verify(email: String, password: String, on client: PostgresClient) async throws -> StaffAccount? {
        let rows = try await client.query("""
            SELECT id, email, display_name, password_hash FROM staff_accounts WHERE lower(email) = lower(\(email))
            """, logger: logger)
        var found: (StaffAccount, String)?
        for try await (id, email, name, hash) in rows.decode((UUID, String, String, String).self) {
            found = (StaffAccount(id: id, email: email, displayName: name), hash)
        }
        return try await hasher.verify(password, against: found?.1) ? found?.0 : nil
    }

    public func issueToken(for account: StaffAccount, lifetime: TimeInterval = 8 * 3600, now: Date,
                           on client: PostgresClient) async throws -> (token: String, expiresAt: Date) {
        let token = SecretToken.generate()
        let expiresAt = now.addingTimeInterval(lifetime)
        try await client.query("""
            INSERT INTO staff_api_tokens (token_hash, account_id, expires_at) VALUES (\(SecretToken.digest(token)), \(account.id), \(expiresAt))
            """, logger: logger)
        return (token, expiresAt)
    }

    public func account(forToken token: String, now: Date, on client: PostgresClient) async throws -> StaffAccount? {
        let rows = try await client.query("""
            SELECT a.id, a.email, a.display_name FROM staff_api_tokens t JOIN staff_accounts a ON a.id = t.account_id
            WHERE t.token_hash = \(SecretToken.digest(token)) AND t.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name) in rows.decode((UUID, String, String).self) {
            return StaffAccount(id: id, email: email, displayName: name)
        }
        return nil
    }

    /// Opens a page session; returns the cookie's value.
    public func openSession(for account: StaffAccount, now: Date, lifetime: TimeInterval = 8 * 3600,
                            on client: PostgresClient) async throws -> String {
        let token = SecretToken.generate()
        try await client.query("""
            INSERT INTO staff_web_sessions (token_hash, account_id, csrf_token, expires_at)
            VALUES (\(SecretToken.digest(token)), \(account.id), \(SecretToken.generate()), \(now.addingTimeInterval(lifetime)))
            """, logger: logger)
        return token
    }

    public func session(_ token: String, now: Date, on client: PostgresClient) async throws -> StaffSession? {
        let rows = try await client.query("""
            SELECT a.id, a.email, a.display_name, s.csrf_token FROM staff_web_sessions s JOIN staff_accounts a ON a.id = s.account_id
            WHERE s.token_hash = \(SecretToken.digest(token)) AND s.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name, csrf) in rows.decode((UUID, String, String, String).self) {
            return StaffSession(account: StaffAccount(id: id, email: email, displayName: name), csrfToken: csrf)
        }
        return nil
    }

    public func closeSession(_ token: String, on client: PostgresClient) async throws {
        try await client.query("DELETE FROM staff_web_sessions WHERE token_hash = \(SecretToken.digest(token))", logger: logger)
    }
}
