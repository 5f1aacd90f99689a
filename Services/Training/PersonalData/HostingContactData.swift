import Events
import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess

/// The person who offered to host a session for their collectivité. An erasure keeps the
/// offer (and any session made of it) but not who made it.
struct HostingContactData: PersonalDataHolder {
    let tables = ["hosting_offers"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT collectivite, contact_name, contact_email, coalesce(contact_phone, ''), coalesce(message, ''), received_at
            FROM hosting_offers WHERE lower(contact_email) = lower(\(email)) ORDER BY received_at
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (collectivite, name, address, phone, message, receivedAt) in rows.decode((String, String, String, String, String, Date).self) {
            records.append(PersonalRecord(category: "Proposition d'accueil d'une session", fields: [
                "Collectivité": collectivite, "Nom": name, "Adresse électronique": address, "Téléphone": phone, "Message": message,
                "Reçue le": ParisTime.frenchDateTime(receivedAt),
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE hosting_offers SET contact_name = 'Personne effacée', contact_email = '', contact_phone = NULL, message = NULL
            WHERE lower(contact_email) = lower(\(email)) RETURNING 1
            """, logger: logger)
        return try await rows.collect().count
    }
}
