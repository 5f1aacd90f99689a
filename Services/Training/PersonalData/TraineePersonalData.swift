import Events
import Foundation
import Logging
import Model
import PostgresNIO
import StaffAccess

/// A trainee's registrations (found by their address's digest) and "mes inscriptions" links.
/// An erasure cancels their live registrations first, so that a place they held goes to the
/// waitlist, then forgets their name, address and collectivité: the registration stays,
/// anonymous, for the attendance counts and the elected officials trained.
struct TraineePersonalData: PersonalDataHolder {
    let tables = ["registrations", "sessions", "trainee_links", "outbox"]

    static let statusLabels: [RegistrationStatus: String] = [.confirmed: "confirmée", .waitlisted: "en liste d'attente", .cancelled: "annulée"]

    func records(of email: String, on connection: PostgresConnection, logger: Logger) async throws -> [PersonalRecord] {
        let rows = try await connection.query("""
            SELECT r.name, r.email, r.role, coalesce(r.collectivite, ''), r.status, r.attended, r.registered_at, s.title, s.starts_at
            FROM registrations r JOIN sessions s ON s.id = r.session_id
            WHERE r.email_digest = \(RegistrationRepository.digest(ofEmail: email)) AND r.email IS NOT NULL ORDER BY r.registered_at
            """, logger: logger)
        var records: [PersonalRecord] = []
        for try await (name, address, role, collectivite, status, attended, registeredAt, title, startsAt)
            in rows.decode((String, String, String, String, String, Bool, Date, String, Date).self) {
            records.append(PersonalRecord(category: "Inscription à une formation", fields: [
                "Nom": name, "Adresse électronique": address, "Fonction": TraineeRole(rawValue: role)?.frenchLabel ?? role,
                "Collectivité": collectivite, "Session": title, "Date de la session": ParisTime.frenchDateTime(startsAt),
                "Inscription": RegistrationStatus(rawValue: status).flatMap { Self.statusLabels[$0] } ?? status,
                "Présence": attended ? "présent" : "non pointé", "Inscrit le": ParisTime.frenchDateTime(registeredAt),
            ]))
        }
        return records
    }

    func erase(_ email: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let person = RegistrationRepository.digest(ofEmail: email)
        let live = try await connection.query("""
            SELECT id, session_id FROM registrations WHERE email_digest = \(person) AND status <> 'cancelled' ORDER BY session_id
            """, logger: logger)
        var held: [(UUID, UUID)] = []
        for try await registration in live.decode((UUID, UUID).self) { held.append(registration) }
        let release = SeatRelease(logger: logger)
        for (id, session) in held {
            _ = try await release.cancel(RegistrationID(id), of: TrainingSessionID(session), onBehalf: true, at: Date(), on: connection)
        }
        try await connection.query("DELETE FROM trainee_links WHERE email_digest = \(person)", logger: logger)
        return try await RegistrationRepository(logger: logger).erase(digest: person, on: connection)
    }
}
