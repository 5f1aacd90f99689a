import Access
import Foundation
import Logging
import Model
import Persistence
import ServiceKit
import PostgresNIO

/// Registrations in the training schema. Addresses are compared by a digest of their
/// normalised form, which stays when a person's data are deleted.
struct RegistrationRepository: Sendable {
    let logger: Logger

    /// The address already holds a live registration to the session.
    struct AlreadyRegistered: Error {}

    /// The digest that identifies a person: SHA-256 of the address, trimmed and in lower case.
    static func digest(ofEmail email: String) -> Data {
        SecretToken.digest(email.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Inserts a registration; its arrival number orders the waitlist.
    func insert(_ registration: Registration, manageTokenHash: Data, on connection: PostgresConnection) async throws {
        do {
            try await connection.query("""
                INSERT INTO registrations (id, session_id, name, email, email_digest, role, collectivite, collectivite_code, status,
                                           manage_token_hash, registered_at)
                VALUES (\(registration.id.uuid), \(registration.sessionId.uuid), \(registration.name), \(registration.email),
                        \(Self.digest(ofEmail: registration.email ?? "")), \(registration.role.rawValue), \(registration.collectivite),
                        \(registration.collectiviteCode), \(registration.status.rawValue), \(manageTokenHash), \(registration.registeredAt))
                """, logger: logger)
        } catch where error.violatedConstraint == "registrations_one_live_per_address" {
            throw AlreadyRegistered()
        }
    }

    func find(_ id: RegistrationID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> Registration? {
        if forUpdate {
            try await connection.query("SELECT 1 FROM registrations WHERE id = \(id.uuid) FOR UPDATE", logger: logger)
        }
        let rows = try await connection.query("""
            SELECT r.id, r.session_id, r.name, r.email, r.role, r.collectivite, r.collectivite_code, r.status, r.attended, r.registered_at,
                   CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*)::int FROM registrations w
                        WHERE w.session_id = r.session_id AND w.status = 'waitlisted' AND w.arrival <= r.arrival) END
            FROM registrations r WHERE r.id = \(id.uuid)
            """, logger: logger)
        for try await row in rows { return try Self.decode(row.makeRandomAccess()) }
        return nil
    }

    /// The registration a manage link's token opens.
    func id(forToken token: String, on connection: PostgresConnection) async throws -> (registration: RegistrationID, session: TrainingSessionID)? {
        let rows = try await connection.query("""
            SELECT id, session_id FROM registrations WHERE manage_token_hash = \(SecretToken.digest(token))
            """, logger: logger)
        for try await (id, session) in rows.decode((UUID, UUID).self) { return (RegistrationID(id), TrainingSessionID(session)) }
        return nil
    }

    /// A session's registrations: confirmed first, then the waitlist in arrival order, then the cancelled.
    func list(of session: TrainingSessionID, on connection: PostgresConnection) async throws -> [Registration] {
        let rows = try await connection.query("""
            SELECT r.id, r.session_id, r.name, r.email, r.role, r.collectivite, r.collectivite_code, r.status, r.attended, r.registered_at,
                   CASE WHEN r.status = 'waitlisted' THEN row_number() OVER (PARTITION BY r.status ORDER BY r.arrival)::int END
            FROM registrations r WHERE r.session_id = \(session.uuid)
            ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, r.arrival
            """, logger: logger)
        var registrations: [Registration] = []
        for try await row in rows { registrations.append(try Self.decode(row.makeRandomAccess())) }
        return registrations
    }

    /// The first of the session's waitlist, locked.
    func firstWaitlisted(of session: TrainingSessionID, on connection: PostgresConnection) async throws -> RegistrationID? {
        let rows = try await connection.query("""
            SELECT id FROM registrations WHERE session_id = \(session.uuid) AND status = 'waitlisted'
            ORDER BY arrival LIMIT 1 FOR UPDATE
            """, logger: logger)
        for try await id in rows.decode(UUID.self) { return RegistrationID(id) }
        return nil
    }

    func setStatus(_ status: RegistrationStatus, of id: RegistrationID, at instant: Date, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE registrations SET status = \(status.rawValue),
                   cancelled_at = CASE WHEN \(status.rawValue) = 'cancelled' THEN \(instant) END
            WHERE id = \(id.uuid)
            """, logger: logger)
    }

    /// Every registration of the person a digest identifies, the latest first.
    func registrations(ofDigest digest: Data, on connection: PostgresConnection) async throws -> [Registration] {
        let rows = try await connection.query("""
            SELECT r.id, r.session_id, r.name, r.email, r.role, r.collectivite, r.collectivite_code, r.status, r.attended, r.registered_at,
                   NULL::int
            FROM registrations r WHERE r.email_digest = \(digest) ORDER BY r.registered_at DESC
            """, logger: logger)
        var registrations: [Registration] = []
        for try await row in rows { registrations.append(try Self.decode(row.makeRandomAccess())) }
        return registrations
    }

    /// The digest of the address a registration was made with.
    func digest(of id: RegistrationID, on connection: PostgresConnection) async throws -> Data? {
        let rows = try await connection.query("SELECT email_digest FROM registrations WHERE id = \(id.uuid)", logger: logger)
        for try await digest in rows.decode(Data.self) { return digest }
        return nil
    }

    /// Forgets the person's name, address and collectivité on every registration; the digest
    /// stays, so that the objective still counts them once. Returns how many were erased.
    func erase(digest: Data, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE registrations SET name = NULL, email = NULL, collectivite = NULL, collectivite_code = NULL
            WHERE email_digest = \(digest) AND email IS NOT NULL RETURNING 1
            """, logger: logger)
        return try await rows.collect().count
    }

    /// Records who of the session's confirmed registrations attended; returns the elected
    /// officials among them. Ids that are not confirmed registrations of the session are
    /// refused before anything changes.
    func recordAttendance(of session: TrainingSessionID, present: [RegistrationID], on connection: PostgresConnection) async throws -> Int {
        let ids = present.map(\.uuid)
        let known = try await connection.query("""
            SELECT count(*)::int FROM registrations WHERE session_id = \(session.uuid) AND status = 'confirmed' AND id = ANY(\(ids))
            """, logger: logger)
        for try await count in known.decode(Int.self) where count != Set(ids).count {
            throw TrainingError.invalid([FieldError(field: "present", message: "Seules les inscriptions confirmées de cette session peuvent être pointées présentes.")])
        }
        let elected = TraineeRole.allCases.filter(\.isElected).map(\.rawValue)
        let rows = try await connection.query("""
            WITH marked AS (
                UPDATE registrations SET attended = (id = ANY(\(ids))) WHERE session_id = \(session.uuid) AND status = 'confirmed'
                RETURNING attended, role)
            SELECT count(*) FILTER (WHERE attended AND role = ANY(\(elected)))::int FROM marked
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// The registration in the eleven columns the queries above select.
    static func decode(_ row: PostgresRandomAccessRow) throws -> Registration {
        Registration(
            id: RegistrationID(try row[0].decode(UUID.self)), sessionId: TrainingSessionID(try row[1].decode(UUID.self)),
            name: try row[2].decode(String?.self), email: try row[3].decode(String?.self),
            role: try storedValue(TraineeRole.self, try row[4].decode(String.self), column: "registrations.role"),
            collectivite: try row[5].decode(String?.self), collectiviteCode: try row[6].decode(String?.self),
            status: try storedValue(RegistrationStatus.self, try row[7].decode(String.self), column: "registrations.status"),
            attended: try row[8].decode(Bool.self), registeredAt: try row[9].decode(Date.self), waitlistPosition: try row[10].decode(Int?.self))
    }
}
