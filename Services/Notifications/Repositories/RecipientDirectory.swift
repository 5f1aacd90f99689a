import Foundation
import Logging
import Model
import PostgresNIO

/// What the notifications service learnt from events: dossiers' contacts and calls, calls'
/// titles, jury sittings' dates. Never read from another schema.
struct RecipientDirectory: Sendable {
    let logger: Logger

    struct Contact: Sendable {
        var name: String
        var email: String
    }

    struct DossierFacts: Sendable {
        var reference: String
        var projectTitle: String
        var callId: UUID
        var callTitle: String
    }

    func saveCall(_ id: CallID, title: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO calls (call_id, title) VALUES (\(id.uuid), \(title)) ON CONFLICT (call_id) DO UPDATE SET title = EXCLUDED.title
            """, logger: logger)
    }

    func saveDossier(_ id: ApplicationID, reference: String, callId: CallID, projectTitle: String, contacts: [(name: String, email: String)],
                     on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO dossiers (application_id, reference, call_id, project_title)
            VALUES (\(id.uuid), \(reference), \(callId.uuid), \(projectTitle))
            ON CONFLICT (application_id) DO UPDATE SET project_title = EXCLUDED.project_title
            """, logger: logger)
        for contact in contacts {
            try await connection.query("""
                INSERT INTO dossier_contacts (application_id, reference, name, email)
                VALUES (\(id.uuid), \(reference), \(contact.name), \(contact.email))
                ON CONFLICT (application_id, email) DO UPDATE SET name = EXCLUDED.name
                """, logger: logger)
        }
    }

    func saveSitting(_ id: JurySessionID, date: LocalDate, callIds: [CallID], on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO sittings (sitting_id, sitting_date, call_ids) VALUES (\(id.uuid), \(date.description)::date, \(callIds.map(\.uuid)))
            ON CONFLICT (sitting_id) DO UPDATE SET sitting_date = EXCLUDED.sitting_date, call_ids = EXCLUDED.call_ids
            """, logger: logger)
    }

    func contacts(of dossier: ApplicationID, on connection: PostgresConnection) async throws -> [Contact] {
        let rows = try await connection.query("""
            SELECT name, email FROM dossier_contacts WHERE application_id = \(dossier.uuid) ORDER BY email
            """, logger: logger)
        var contacts: [Contact] = []
        for try await (name, email) in rows.decode((String, String).self) { contacts.append(Contact(name: name, email: email)) }
        return contacts
    }

    func facts(of dossier: ApplicationID, on connection: PostgresConnection) async throws -> DossierFacts? {
        let rows = try await connection.query("""
            SELECT d.reference, d.project_title, d.call_id, coalesce(c.title, '') FROM dossiers d LEFT JOIN calls c USING (call_id)
            WHERE d.application_id = \(dossier.uuid)
            """, logger: logger)
        for try await (reference, title, call, callTitle) in rows.decode((String, String, UUID, String).self) {
            return DossierFacts(reference: reference, projectTitle: title, callId: call, callTitle: callTitle)
        }
        return nil
    }

    /// The next sitting examining `call`, on or after `day`.
    func nextSitting(of call: UUID, from day: LocalDate, on connection: PostgresConnection) async throws -> LocalDate? {
        let rows = try await connection.query("""
            SELECT min(sitting_date)::text FROM sittings WHERE \(call) = ANY(call_ids) AND sitting_date >= \(day.description)::date
            """, logger: logger)
        for try await date in rows.decode(String?.self) { return date.flatMap { LocalDate(iso8601: $0) } }
        return nil
    }
}
