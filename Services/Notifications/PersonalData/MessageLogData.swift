import Events
import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess

/// The emails written to a person. An erasure keeps each message in the delivery log (that
/// a decision was notified, when, and how it went) but empties it of the address, the name,
/// the text and any attachment; a message still queued is not sent.
struct MessageLogData: PersonalDataHolder {
    let tables = ["messages"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT recipient, coalesce(recipient_name, ''), subject, status, created_at FROM messages
            WHERE lower(recipient) = lower(\(email)) ORDER BY created_at
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (address, name, subject, status, created) in rows.decode((String, String, String, String, Date).self) {
            records.append(PersonalRecord(category: "Courriel", fields: [
                "Destinataire": address, "Nom": name, "Objet": subject, "État": DeliveryStatus(rawValue: status)?.frenchLabel ?? status,
                "Écrit le": ParisTime.frenchDateTime(created),
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE messages SET recipient = 'efface-' || id, recipient_name = NULL, text_body = '', html_body = '',
                   attachment_name = NULL, attachment_type = NULL, attachment_data = NULL, list_unsubscribe = NULL, erased_at = now(),
                   status = CASE status WHEN 'queued' THEN 'failed' ELSE status END,
                   last_reply = CASE status WHEN 'queued' THEN 'Non envoyé : données effacées à la demande de la personne' ELSE last_reply END,
                   finished_at = coalesce(finished_at, now())
            WHERE lower(recipient) = lower(\(email)) RETURNING 1
            """, logger: logger)
        return try await rows.collect().count
    }
}
