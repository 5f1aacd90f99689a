import Events
import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess

/// The decisions a jury member recorded name them (« Nom (rôle) »). The decisions stay, as
/// the programme must keep them; an erasure leaves only the role. Runs before the account
/// itself is erased, while its name is still known.
struct DecisionAuthorship: PersonalDataHolder {
    let tables = ["decisions"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT d.reference, x.decision, x.decided_by, x.decided_at
            FROM decisions x JOIN accounts a ON left(x.decided_by, length(a.display_name) + 2) = a.display_name || ' (' JOIN dossiers d ON d.application_id = x.application_id
            WHERE lower(a.email) = lower(\(email)) ORDER BY x.decided_at
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (reference, decision, author, decidedAt) in rows.decode((String, String, String, Date).self) {
            records.append(PersonalRecord(category: "Décision enregistrée", fields: [
                "Dossier": reference, "Décision": decision, "Enregistrée par": author, "Le": ParisTime.frenchDateTime(decidedAt),
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE decisions x SET decided_by = 'Compte effacé' || substr(x.decided_by, length(a.display_name) + 1)
            FROM accounts a WHERE lower(a.email) = lower(\(email)) AND left(x.decided_by, length(a.display_name) + 2) = a.display_name || ' ('
            RETURNING 1
            """, logger: logger)
        return try await rows.collect().count
    }
}
