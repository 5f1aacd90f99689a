import Events
import Foundation
import Logging
import PostgresNIO
import StaffAccess

/// The person a collectivité's website report is sent to. An erasure keeps the website and
/// its reports; the reports are then sent to nobody.
struct WebsiteContactData: PersonalDataHolder {
    let tables = ["websites"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT collectivite, url, coalesce(contact_name, ''), contact_email FROM websites
            WHERE lower(contact_email) = lower(\(email)) ORDER BY collectivite
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (collectivite, url, name, address) in rows.decode((String, String, String, String).self) {
            records.append(PersonalRecord(category: "Contact d'un site web suivi", fields: [
                "Collectivité": collectivite, "Site": url, "Nom": name, "Adresse électronique": address,
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE websites SET contact_name = NULL, contact_email = NULL WHERE lower(contact_email) = lower(\(email)) RETURNING 1
            """, logger: logger)
        return try await rows.collect().count
    }
}
