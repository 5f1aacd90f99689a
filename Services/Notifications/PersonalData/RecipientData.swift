import Events
import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess

/// What the service learns about a person to write to them: a dossier's contacts, a
/// trainee's registrations (for reminders), a subscription to the monthly letter. An erasure
/// deletes them and records the address's digest, so that events still in flight do not
/// write it back (see `erased_addresses`).
struct RecipientData: PersonalDataHolder {
    let tables = ["dossier_contacts", "registrations", "subscribers", "erased_addresses"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        var records: [PersonalRecord] = []
        let contacts = try await connection.query("""
            SELECT reference, name, email FROM dossier_contacts WHERE lower(email) = lower(\(email)) ORDER BY reference
            """, logger: logger)
        for try await (reference, name, address) in contacts.decode((String, String, String).self) {
            records.append(PersonalRecord(category: "Contact d'un dossier", fields: ["Dossier": reference, "Nom": name, "Adresse électronique": address]))
        }
        let registrations = try await connection.query("""
            SELECT name, email, session_title, starts_at FROM registrations WHERE lower(email) = lower(\(email)) ORDER BY starts_at
            """, logger: logger)
        for try await (name, address, title, startsAt) in registrations.decode((String, String, String, Date).self) {
            records.append(PersonalRecord(category: "Rappel d'une formation", fields: [
                "Nom": name, "Adresse électronique": address, "Session": title, "Date de la session": ParisTime.frenchDateTime(startsAt),
            ]))
        }
        let subscriptions = try await connection.query("""
            SELECT email, created_at, confirmed_at IS NOT NULL AND unsubscribed_at IS NULL FROM subscribers WHERE lower(email) = lower(\(email))
            """, logger: logger)
        for try await (address, created, active) in subscriptions.decode((String, Date, Bool).self) {
            records.append(PersonalRecord(category: "Abonnement à la lettre du centre de ressources", fields: [
                "Adresse électronique": address, "Demandé le": ParisTime.frenchDateTime(created), "Actif": active ? "oui" : "non",
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            WITH contacts AS (DELETE FROM dossier_contacts WHERE lower(email) = lower(\(email)) RETURNING 1),
                 registrations AS (DELETE FROM registrations WHERE lower(email) = lower(\(email)) RETURNING 1),
                 subscriptions AS (DELETE FROM subscribers WHERE lower(email) = lower(\(email)) RETURNING 1),
                 remembered AS (INSERT INTO erased_addresses (digest, erased_at) VALUES (sha256(convert_to(lower(\(email)), 'UTF8')), now())
                                ON CONFLICT (digest) DO UPDATE SET erased_at = EXCLUDED.erased_at)
            SELECT ((SELECT count(*) FROM contacts) + (SELECT count(*) FROM registrations) + (SELECT count(*) FROM subscriptions))::int
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }
}
