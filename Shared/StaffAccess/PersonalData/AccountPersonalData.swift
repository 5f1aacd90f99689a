import Access
import Events
import Foundation
import Logging
import Model
import PostgresNIO

/// The accounts of a service's schema as personal data. An erased account keeps its id, so
/// that what it did (decisions, audit trail, history) still points at one account, but loses
/// its address, its name, its password and every token and session.
public struct AccountPersonalData: PersonalDataHolder {
    public let tables = ["accounts", "api_tokens", "web_sessions"]

    public init() {}

    public func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT email, display_name, role, created_at FROM accounts WHERE lower(email) = lower(\(email)) ORDER BY created_at
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (address, name, role, created) in rows.decode((String, String, String, Date).self) {
            records.append(PersonalRecord(category: "Compte", fields: [
                "Adresse électronique": address, "Nom affiché": name, "Rôle": role, "Ouvert le": ParisTime.frenchDateTime(created),
            ]))
        }
        return records
    }

    public func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let matching = try await connection.query("SELECT count(*)::int FROM accounts WHERE lower(email) = lower(\(email))", logger: logger)
        for try await count in matching.decode(Int.self) where count == 0 { return 0 }
        // A password nobody knows: the account can never be signed into again (bcrypt's cost
        // spent only when an account is there).
        let unusable = try await PasswordHasher().hash(UUID().uuidString)
        let rows = try await connection.query("""
            WITH erased AS (
                UPDATE accounts SET email = 'compte-efface-' || id || '@invalid', display_name = 'Compte effacé', password_hash = \(unusable)
                WHERE lower(email) = lower(\(email)) RETURNING id),
            tokens AS (DELETE FROM api_tokens WHERE account_id IN (SELECT id FROM erased)),
            sessions AS (DELETE FROM web_sessions WHERE account_id IN (SELECT id FROM erased))
            SELECT count(*)::int FROM erased
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }
}
