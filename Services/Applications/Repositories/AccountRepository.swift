import Foundation
import Access
import Logging
import Model
import Persistence
import PostgresNIO

/// Accounts (passwords hashed with bcrypt) and the API's bearer tokens (stored as SHA-256
/// digests, so a copy of the table opens no session).
struct AccountRepository: Sendable {
    let logger: Logger
    /// bcrypt's cost factor: 2^cost rounds.
    var bcryptCost: UInt8 = 11

    struct DuplicateEmail: Error {}

    func create(email: String, displayName: String, password: String, role: Role, applicantId: ApplicantID?,
                on connection: PostgresConnection) async throws -> UUID {
        let hash = try await PasswordHasher(cost: bcryptCost).hash(password)
        let id = UUID()
        do {
            try await connection.query("""
                INSERT INTO accounts (id, email, display_name, password_hash, role, applicant_id)
                VALUES (\(id), \(email), \(displayName), \(hash), \(role.rawValue), \(applicantId?.uuid))
                """, logger: logger)
        } catch where error.violatedConstraint == "accounts_email" {
            throw DuplicateEmail()
        }
        return id
    }

    /// The account for these credentials, or `nil` (unknown address and wrong password alike).
    func verify(email: String, password: String, on client: PostgresClient) async throws -> Principal? {
        let rows = try await client.query("""
            SELECT id, email, display_name, role, applicant_id, password_hash FROM accounts WHERE lower(email) = lower(\(email))
            """, logger: logger)
        var found: (Principal, String)?
        for try await (id, email, name, role, applicant, hash) in rows.decode((UUID, String, String, String, UUID?, String).self) {
            let role = try storedValue(Role.self, role, column: "accounts.role")
            found = (Principal(accountId: id, email: email, displayName: name, role: role, applicantId: applicant.map(ApplicantID.init)), hash)
        }
        let matches = try await PasswordHasher(cost: bcryptCost).verify(password, against: found?.1)
        return matches ? found?.0 : nil
    }

    /// A new bearer token for the account, valid for `lifetime`.
    func issueToken(for principal: Principal, lifetime: Duration = .seconds(8 * 3600), now: Date,
                    on client: PostgresClient) async throws -> (token: String, expiresAt: Date) {
        let token = SecretToken.generate()
        let expiresAt = now.addingTimeInterval(TimeInterval(lifetime.components.seconds))
        try await client.query("""
            INSERT INTO api_tokens (token_hash, account_id, expires_at) VALUES (\(SecretToken.digest(token)), \(principal.accountId), \(expiresAt))
            """, logger: logger)
        return (token, expiresAt)
    }

    /// The account a token stands for, if the token exists and has not expired.
    func principal(forToken token: String, now: Date, on client: PostgresClient) async throws -> Principal? {
        let rows = try await client.query("""
            SELECT a.id, a.email, a.display_name, a.role, a.applicant_id FROM api_tokens t JOIN accounts a ON a.id = t.account_id
            WHERE t.token_hash = \(SecretToken.digest(token)) AND t.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name, role, applicant) in rows.decode((UUID, String, String, String, UUID?).self) {
            let role = try storedValue(Role.self, role, column: "accounts.role")
            return Principal(accountId: id, email: email, displayName: name, role: role, applicantId: applicant.map(ApplicantID.init))
        }
        return nil
    }
}
