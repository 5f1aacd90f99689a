import Events
import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess

/// Who asked the centre a question. An erasure keeps the question and its answer (and the
/// FAQ's anonymised version) but not the asker's name and address.
struct AdviceAskerData: PersonalDataHolder {
    let tables = ["advice_questions"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT collectivite, asker_name, asker_email, question, coalesce(answer, ''), asked_at
            FROM advice_questions WHERE lower(asker_email) = lower(\(email)) ORDER BY asked_at
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (collectivite, name, address, question, answer, askedAt) in rows.decode((String, String, String, String, String, Date).self) {
            records.append(PersonalRecord(category: "Question au centre de ressources", fields: [
                "Collectivité": collectivite, "Nom": name, "Adresse électronique": address, "Question": question, "Réponse": answer,
                "Posée le": ParisTime.frenchDateTime(askedAt),
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query("""
            UPDATE advice_questions SET asker_name = 'Personne effacée', asker_email = ''
            WHERE lower(asker_email) = lower(\(email)) RETURNING 1
            """, logger: logger)
        return try await rows.collect().count
    }
}
