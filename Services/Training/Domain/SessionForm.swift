import Foundation
import Model
import ServiceKit

/// A session as staff describe it (API or back office), before checks.
struct SessionForm: Codable, Sendable {
    var kind: TrainingFormat?
    var audience: Audience?
    var title: String?
    /// The theme's code.
    var theme: String?
    var description: String?
    var host: String?
    var department: String?
    var town: String?
    var address: String?
    var room: String?
    var internetConnection: Bool?
    var stepFreeAccess: Bool?
    var startsAt: Date?
    var endsAt: Date?
    var trainer: String?
    /// Defaults from the kind (50 for a buffet, 15 for a workshop, 80 for a seminar).
    var capacity: Int?
    /// Defaults to the end of the day before the session, Paris time.
    var cancellationDeadline: Date?

    /// The session these fields describe, or every problem at once.
    /// - Parameter existing: the session being edited: its id, status and confirmed count stay.
    func validated(id: TrainingSessionID, themes: [Theme], existing: TrainingSession?) -> Result<TrainingSession, ValidationFailure> {
        var errors: [FieldError] = []
        func text(_ value: String?, _ field: String, _ label: String, limit: Int = 200) -> String {
            let value = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { errors.append(FieldError(field: field, message: "\(label) est obligatoire.")) }
            if value.count > limit { errors.append(FieldError(field: field, message: "\(label) ne doit pas dépasser \(limit) caractères.")) }
            return value
        }
        if kind == nil { errors.append(FieldError(field: "kind", message: "Choisissez le type de session.")) }
        if audience == nil { errors.append(FieldError(field: "audience", message: "Choisissez le public de la session.")) }
        let title = text(self.title, "title", "Le titre")
        let theme = themes.first { $0.code == self.theme }
        if theme == nil { errors.append(FieldError(field: "theme", message: "Choisissez un thème de la liste.")) }
        let description = text(self.description, "description", "La présentation", limit: 4000)
        let host = text(self.host, "host", "La collectivité d'accueil")
        let department = self.department ?? ""
        if Department.name(of: department) == nil {
            errors.append(FieldError(field: "department", message: "Choisissez un département de Midi-Pyrénées."))
        }
        let town = text(self.town, "town", "La commune")
        let address = text(self.address, "address", "L'adresse")
        let room = text(self.room, "room", "La salle")
        let trainer = text(self.trainer, "trainer", "Le formateur")
        if startsAt == nil { errors.append(FieldError(field: "startsAt", message: "Indiquez la date et l'heure de début.")) }
        if endsAt == nil { errors.append(FieldError(field: "endsAt", message: "Indiquez l'heure de fin.")) }
        if let startsAt, let endsAt, endsAt <= startsAt {
            errors.append(FieldError(field: "endsAt", message: "La fin doit suivre le début."))
        }
        let capacity = capacity ?? kind?.defaultCapacity ?? 0
        if !(1...500).contains(capacity) {
            errors.append(FieldError(field: "capacity", message: "La capacité doit être comprise entre 1 et 500 places."))
        }
        if let existing, capacity < existing.confirmed {
            errors.append(FieldError(field: "capacity",
                                     message: "La capacité ne peut pas descendre sous les \(existing.confirmed) inscriptions confirmées."))
        }
        let deadline = cancellationDeadline ?? startsAt.map { ParisTime.endOfDay(ParisTime.localDate(of: $0.addingTimeInterval(-86_400))) }
        if let deadline, let startsAt, deadline > startsAt {
            errors.append(FieldError(field: "cancellationDeadline", message: "La date limite d'annulation doit précéder le début."))
        }
        guard errors.isEmpty, let kind, let audience, let theme, let startsAt, let endsAt, let deadline else {
            return .failure(ValidationFailure(errors: errors))
        }
        return .success(TrainingSession(
            id: id, kind: kind, audience: audience, title: title, theme: theme, description: description, host: host,
            department: department, town: town, address: address, room: room, internetConnection: internetConnection ?? false,
            stepFreeAccess: stepFreeAccess ?? false, startsAt: startsAt, endsAt: endsAt, trainer: trainer, capacity: capacity,
            confirmed: existing?.confirmed ?? 0, waitlisted: existing?.waitlisted ?? 0, cancellationDeadline: deadline,
            status: existing?.status ?? .draft, cancellationReason: existing?.cancellationReason))
    }
}

extension SessionForm {
    /// These fields, with those left out taken from `defaults` (an offer's room and theme).
    func filled(from defaults: SessionForm) -> SessionForm {
        SessionForm(
            kind: kind ?? defaults.kind, audience: audience ?? defaults.audience, title: title ?? defaults.title, theme: theme ?? defaults.theme,
            description: description ?? defaults.description, host: host ?? defaults.host, department: department ?? defaults.department,
            town: town ?? defaults.town, address: address ?? defaults.address, room: room ?? defaults.room,
            internetConnection: internetConnection ?? defaults.internetConnection, stepFreeAccess: stepFreeAccess ?? defaults.stepFreeAccess,
            startsAt: startsAt ?? defaults.startsAt, endsAt: endsAt ?? defaults.endsAt, trainer: trainer ?? defaults.trainer,
            capacity: capacity ?? defaults.capacity, cancellationDeadline: cancellationDeadline ?? defaults.cancellationDeadline)
    }
}
