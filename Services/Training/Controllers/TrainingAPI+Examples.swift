import Foundation
import Model

extension TrainingAPI {
    static let sessionId = TrainingSessionID(UUID(uuidString: "0f000000-0000-4000-8000-000000000001")!)
    static let registrationId = RegistrationID(UUID(uuidString: "0f000000-0000-4000-8000-000000000002")!)
    static let startsAt = ParisTime.instant(LocalDate(year: 2007, month: 3, day: 15), hour: 9, minute: 30)
    static let theme = Theme(code: "services-aux-citoyens", label: "Services aux citoyens")

    static func session(full: Bool) -> TrainingSession {
        TrainingSession(
            id: sessionId, kind: .projectWorkshop, audience: .electedOfficials, title: "Mettre ses démarches en ligne", theme: theme,
            description: "Un atelier pour choisir les premiers services en ligne d'une commune.", host: "Commune de Foix",
            department: "09", town: "Foix", address: "Place de la mairie", room: "Salle du conseil", internetConnection: true,
            stepFreeAccess: full, startsAt: startsAt, endsAt: startsAt.addingTimeInterval(3 * 3600), trainer: "ARDESI",
            capacity: 15, confirmed: full ? 15 : 0, waitlisted: full ? 2 : 0, cancellationDeadline: startsAt.addingTimeInterval(-86_400),
            status: full ? .cancelled : .open, cancellationReason: full ? "Salle indisponible" : nil)
    }

    static func form(full: Bool) -> SessionForm {
        full ? SessionForm(kind: .projectWorkshop, audience: .electedOfficials, title: "Mettre ses démarches en ligne",
                           theme: theme.code, description: "Un atelier.", host: "Commune de Foix", department: "09", town: "Foix",
                           address: "Place de la mairie", room: "Salle du conseil", internetConnection: true, stepFreeAccess: true,
                           startsAt: startsAt, endsAt: startsAt.addingTimeInterval(3 * 3600), trainer: "ARDESI", capacity: 15,
                           cancellationDeadline: startsAt.addingTimeInterval(-86_400))
            : SessionForm()
    }

    static func registration(full: Bool) -> Registration {
        Registration(id: registrationId, sessionId: sessionId, name: full ? "Marie Durand" : nil, email: full ? "maire@foix.example" : nil,
                     role: .mayor, collectivite: full ? "09122" : nil, collectiviteCode: full ? "09122" : nil,
                     status: full ? .waitlisted : .confirmed, attended: false, registeredAt: startsAt.addingTimeInterval(-20 * 86_400),
                     waitlistPosition: full ? 2 : nil)
    }

    static let objective = Objective(trained: 412, byDepartment: [Objective.Line(code: "09", label: "Ariège", trained: 57)],
                                     byTheme: [Objective.Line(code: theme.code, label: theme.label, trained: 120)],
                                     byKind: [Objective.Line(code: "projectWorkshop", label: "Atelier de projet", trained: 88)])
    static let registrationForm = RegistrationForm(name: "Marie Durand", email: "maire@foix.example", role: "mayor", collectivite: "09122")
    static let manageLink = "https://formations.ipc.example/inscriptions/jeton"
}
