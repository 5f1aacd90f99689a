import Access
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Staff and juror accounts (bcrypt) and the API's bearer tokens (SHA-256 digests).
struct MemberRepository: Sendable {
    let logger: Logger
    var hasher = PasswordHasher()

    struct DuplicateEmail: Error {}

    func create(email: String, displayName: String, password: String, role: MemberRole, on client: PostgresClient) async throws -> Member {
        let member = Member(id: UUID(), email: email, displayName: displayName, role: role)
        let hash = try await hasher.hash(password)
        do {
            try await client.query("""
                INSERT INTO members (id, email, display_name, password_hash, role)
                VALUES (\(member.id), \(email), \(displayName), \(hash), \(role.rawValue))
                """, logger: logger)
        } catch where error.violatedConstraint == "members_email" {
            throw DuplicateEmail()
        }
        return member
    }

    /// The member for these credentials, or `nil` (unknown address and wrong password alike).
    func verify(email: String, password: String, on client: PostgresClient) async throws -> Member? {
        let rows = try await client.query("""
            SELECT id, email, display_name, role, password_hash FROM members WHERE lower(email) = lower(\(email))
            """, logger: logger)
        var found: (Member, String)?
        for try await (id, email, name, role, hash) in rows.decode((UUID, String, String, String, String).self) {
            let role = try storedValue(MemberRole.self, role, column: "members.role")
            found = (Member(id: id, email: email, displayName: name, role: role), hash)
        }
        return try await hasher.verify(password, against: found?.1) ? found?.0 : nil
    }

    func issueToken(for member: Member, lifetime: TimeInterval = 8 * 3600, now: Date,
                    on client: PostgresClient) async throws -> (token: String, expiresAt: Date) {
        let token = SecretToken.generate()
        let expiresAt = now.addingTimeInterval(lifetime)
        try await client.query("""
            INSERT INTO api_tokens (token_hash, member_id, expires_at) VALUES (\(SecretToken.digest(token)), \(member.id), \(expiresAt))
            """, logger: logger)
        return (token, expiresAt)
    }

    func member(forToken token: String, now: Date, on client: PostgresClient) async throws -> Member? {
        let rows = try await client.query("""
            SELECT m.id, m.email, m.display_name, m.role FROM api_tokens t JOIN members m ON m.id = t.member_id
            WHERE t.token_hash = \(SecretToken.digest(token)) AND t.expires_at > \(now)
            """, logger: logger)
        for try await (id, email, name, role) in rows.decode((UUID, String, String, String).self) {
            return Member(id: id, email: email, displayName: name, role: try storedValue(MemberRole.self, role, column: "members.role"))
        }
        return nil
    }

    /// Every account, staff first, then by name.
    func all(on connection: PostgresConnection) async throws -> [Member] {
        let rows = try await connection.query("""
            SELECT id, email, display_name, role FROM members ORDER BY role = 'juror', display_name, email
            """, logger: logger)
        var members: [Member] = []
        for try await (id, email, name, role) in rows.decode((UUID, String, String, String).self) {
            let role = try storedValue(MemberRole.self, role, column: "members.role")
            members.append(Member(id: id, email: email, displayName: name, role: role))
        }
        return members
    }

    /// The jurors, by name.
    func jurors(on connection: PostgresConnection) async throws -> [Member] {
        let rows = try await connection.query("""
            SELECT id, email, display_name FROM members WHERE role = 'juror' ORDER BY display_name
            """, logger: logger)
        var jurors: [Member] = []
        for try await (id, email, name) in rows.decode((UUID, String, String).self) {
            jurors.append(Member(id: id, email: email, displayName: name, role: .juror))
        }
        return jurors
    }

    /// Members by id; unknown ids are left out.
    func find(_ ids: [UUID], on connection: PostgresConnection) async throws -> [UUID: Member] {
        let rows = try await connection.query("""
            SELECT id, email, display_name, role FROM members WHERE id = ANY(\(ids))
            """, logger: logger)
        var members: [UUID: Member] = [:]
        for try await (id, email, name, role) in rows.decode((UUID, String, String, String).self) {
            members[id] = Member(id: id, email: email, displayName: name, role: try storedValue(MemberRole.self, role, column: "members.role"))
        }
        return members
    }
}
