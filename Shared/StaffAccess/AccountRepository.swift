import Access
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Accounts (bcrypt), the API's bearer tokens and the pages' sessions (SHA-256 digests
/// only, so a copy of the tables opens nothing), in the current service's schema.
public struct AccountRepository<Role: AccountRole>: Sendable {
    let logger: Logger
    let hasher: PasswordHasher

    /// Another account already uses the address.
    public struct DuplicateEmail: Error {}
    /// The organisation the account would act for does not exist in the service's schema.
    public struct UnknownOrganisation: Error {}

    public init(logger: Logger, hasher: PasswordHasher = PasswordHasher()) {
        self.logger = logger
        self.hasher = hasher
    }

    /// Stores a checked account with its password's bcrypt hash.
    public func create(_ new: AccountForm<Role>.Accepted, on connection: PostgresConnection) async throws -> Account<Role> {
        let account = Account(id: UUID(), email: new.email, displayName: new.displayName, role: new.role, organisationId: new.organisationId)
        let hash = try await hasher.hash(new.password)
        do {
            try await connection.query("""
                INSERT INTO accounts (id, email, display_name, password_hash, role, organisation_id)
                VALUES (\(account.id), \(account.email), \(account.displayName), \(hash), \(account.role.rawValue), \(account.organisationId))
                """, logger: logger)
        } catch where error.violatedConstraint == "accounts_email" {
            throw DuplicateEmail()
        } catch where error.violatedConstraint == "accounts_organisation_id_fkey" {
            throw UnknownOrganisation()
        }
        return account
    }

    public func create(_ new: AccountForm<Role>.Accepted, on client: PostgresClient) async throws -> Account<Role> {
        try await client.withConnection { try await create(new, on: $0) }
    }

    /// The account for these credentials, or `nil` (unknown address and wrong password alike,
    /// in the same time).
    public func verify(email: String, password: String, on client: PostgresClient) async throws -> Account<Role>? {
        let rows = try await client.query("""
            SELECT id, email, display_name, role, organisation_id, password_hash FROM accounts WHERE lower(email) = lower(\(email))
            """, logger: logger)
        var found: (Account<Role>, String)?
        for try await (id, email, name, role, organisation, hash) in rows.decode((UUID, String, String, String, UUID?, String).self) {
            found = (try account(id, email, name, role, organisation), hash)
        }
        return try await hasher.verify(password, against: found?.1) ? found?.0 : nil
    }

    /// A new bearer token for the account, valid for `lifetime`.
    public func issueToken(for account: Account<Role>, lifetime: TimeInterval = 8 * 3600, now: Date,
                           on client: PostgresClient) async throws -> (token: String, expiresAt: Date) {
        let token = SecretToken.generate()
        let expiresAt = now.addingTimeInterval(lifetime)
        try await client.query("""
            INSERT INTO api_tokens (token_hash, account_id, expires_at) VALUES (\(SecretToken.digest(token)), \(account.id), \(expiresAt))
            """, logger: logger)
        return (token, expiresAt)
    }

    /// The account a token stands for, if the token exists and has not expired.
    public func account(forToken token: String, now: Date, on client: PostgresClient) async throws -> Account<Role>? {
        let rows = try await client.query("""
            SELECT a.id, a.email, a.display_name, a.role, a.organisation_id FROM api_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = \(SecretToken.digest(token)) AND t.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name, role, organisation) in rows.decode((UUID, String, String, String, UUID?).self) {
            return try account(id, email, name, role, organisation)
        }
        return nil
    }

    /// Opens a page session; returns the cookie's value.
    public func openSession(for account: Account<Role>, now: Date, lifetime: TimeInterval = 8 * 3600,
                            on client: PostgresClient) async throws -> String {
        let token = SecretToken.generate()
        try await client.query("""
            INSERT INTO web_sessions (token_hash, account_id, csrf_token, expires_at)
            VALUES (\(SecretToken.digest(token)), \(account.id), \(SecretToken.generate()), \(now.addingTimeInterval(lifetime)))
            """, logger: logger)
        return token
    }

    /// The session a cookie names, if it exists and has not expired.
    public func session(_ token: String, now: Date, on client: PostgresClient) async throws -> AccountSession<Role>? {
        let rows = try await client.query("""
            SELECT a.id, a.email, a.display_name, a.role, a.organisation_id, s.csrf_token
            FROM web_sessions s JOIN accounts a ON a.id = s.account_id
            WHERE s.token_hash = \(SecretToken.digest(token)) AND s.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name, role, organisation, csrf) in rows.decode((UUID, String, String, String, UUID?, String).self) {
            return AccountSession(account: try account(id, email, name, role, organisation), csrfToken: csrf)
        }
        return nil
    }

    public func closeSession(_ token: String, on client: PostgresClient) async throws {
        try await client.query("DELETE FROM web_sessions WHERE token_hash = \(SecretToken.digest(token))", logger: logger)
    }

    /// Every account, in the order of the roles' declaration, then by name.
    public func all(on connection: PostgresConnection) async throws -> [Account<Role>] {
        let rows = try await connection.query("""
            SELECT id, email, display_name, role, organisation_id FROM accounts ORDER BY display_name, email
            """, logger: logger)
        var accounts: [Account<Role>] = []
        for try await (id, email, name, role, organisation) in rows.decode((UUID, String, String, String, UUID?).self) {
            accounts.append(try account(id, email, name, role, organisation))
        }
        return Role.allCases.flatMap { role in accounts.filter { $0.role == role } }
    }

    /// The accounts of one role, by name.
    public func accounts(withRole role: Role, on connection: PostgresConnection) async throws -> [Account<Role>] {
        let rows = try await connection.query("""
            SELECT id, email, display_name, role, organisation_id FROM accounts WHERE role = \(role.rawValue) ORDER BY display_name, email
            """, logger: logger)
        var accounts: [Account<Role>] = []
        for try await (id, email, name, role, organisation) in rows.decode((UUID, String, String, String, UUID?).self) {
            accounts.append(try account(id, email, name, role, organisation))
        }
        return accounts
    }

    /// Accounts by id; unknown ids are left out.
    public func find(_ ids: [UUID], on connection: PostgresConnection) async throws -> [UUID: Account<Role>] {
        let rows = try await connection.query("""
            SELECT id, email, display_name, role, organisation_id FROM accounts WHERE id = ANY(\(ids))
            """, logger: logger)
        var accounts: [UUID: Account<Role>] = [:]
        for try await (id, email, name, role, organisation) in rows.decode((UUID, String, String, String, UUID?).self) {
            accounts[id] = try account(id, email, name, role, organisation)
        }
        return accounts
    }

    private func account(_ id: UUID, _ email: String, _ name: String, _ role: String, _ organisation: UUID?) throws -> Account<Role> {
        Account(id: id, email: email, displayName: name, role: try storedValue(Role.self, role, column: "accounts.role"),
                organisationId: organisation)
    }
}
