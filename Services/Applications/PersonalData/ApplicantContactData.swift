import Events
import Foundation
import Logging
import PostgresNIO
import StaffAccess

/// The people a collectivité names as its contacts. An erasure takes the person off every
/// collectivité's list; the collectivité and its dossiers stay.
struct ApplicantContactData: PersonalDataHolder {
    let tables = ["applicants"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT a.name, c->>'name', c->>'email', coalesce(c->>'role', '')
            FROM applicants a, jsonb_array_elements(a.contacts) c WHERE lower(c->>'email') = lower(\(email)) ORDER BY a.name
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (applicant, name, address, role) in rows.decode((String, String, String, String).self) {
            records.append(PersonalRecord(category: "Contact d'une collectivité", fields: [
                "Collectivité": applicant, "Nom": name, "Adresse électronique": address, "Fonction": role,
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let erased = try await records(of: email, on: connection, logger: logger).count
        try await connection.query("""
            UPDATE applicants SET contacts = (
                SELECT coalesce(jsonb_agg(c ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(contacts) WITH ORDINALITY AS e(c, n)
                WHERE lower(c->>'email') <> lower(\(email)))
            WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(contacts) c WHERE lower(c->>'email') = lower(\(email)))
            """, logger: logger)
        return erased
    }
}
