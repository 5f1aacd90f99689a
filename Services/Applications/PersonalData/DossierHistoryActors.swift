import Events
import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess

/// A dossier's history names who did each step by their address (« adresse (rôle) »). The
/// steps stay, as the dossier's record; an erasure leaves only the role.
struct DossierHistoryActors: PersonalDataHolder {
    let tables = ["dossier_history"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT d.reference, h.action, h.at FROM dossier_history h JOIN dossiers d ON d.id = h.dossier_id
            WHERE lower(split_part(h.actor, ' (', 1)) = lower(\(email)) ORDER BY h.position
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (reference, action, at) in rows.decode((String, String, Date).self) {
            records.append(PersonalRecord(category: "Étape d'un dossier", fields: [
                "Dossier": reference, "Étape": action, "Le": ParisTime.frenchDateTime(at),
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE dossier_history SET actor = 'personne effacée' || substr(actor, length(split_part(actor, ' (', 1)) + 1)
            WHERE lower(split_part(actor, ' (', 1)) = lower(\(email)) RETURNING 1
            """, logger: logger)
        return try await rows.collect().count
    }
}
