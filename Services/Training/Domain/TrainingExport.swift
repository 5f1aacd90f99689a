import Foundation
import Model

/// The back office's CSV exports, for French spreadsheets: the sessions, and one session's
/// registrations with only what the session needs (no address: the host does not need it).
enum TrainingExport {
    static func sessions(_ sessions: [TrainingSession]) -> [[String]] {
        [["Session", "Type", "Thème", "Public", "Date", "Début", "Fin", "Collectivité d'accueil", "Commune", "Département", "Places",
          "Confirmés", "Liste d'attente", "État"]]
            + sessions.map { session in
                [session.title, session.kind.frenchLabel, session.theme.label, session.audience.frenchLabel,
                 ParisTime.localDate(of: session.startsAt).description, ParisTime.clockTime(of: session.startsAt), ParisTime.clockTime(of: session.endsAt), session.host,
                 session.town, session.department, String(session.capacity), String(session.confirmed), String(session.waitlisted),
                 session.status.frenchLabel]
            }
    }

    static func registrations(_ registrations: [Registration]) -> [[String]] {
        [["Nom", "Fonction", "Collectivité", "Code INSEE ou SIREN", "État", "Présent"]]
            + registrations.map { registration in
                [registration.name ?? "(données effacées)", registration.role.frenchLabel, registration.collectivite ?? "",
                 registration.collectiviteCode ?? "", SessionPresentation.state(of: registration), registration.attended ? "oui" : ""]
            }
    }
}
