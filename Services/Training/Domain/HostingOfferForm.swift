import Foundation
import Model
import ServiceKit

/// An offer to host a session as the collectivité fills it in, before checks.
struct HostingOfferForm: Codable, Sendable {
    var collectivite: String?
    var collectiviteCode: String?
    var department: String?
    var contactName: String?
    var contactEmail: String?
    var contactPhone: String?
    var kind: TrainingFormat?
    /// Defaults to the elected officials.
    var audience: Audience?
    /// The theme's code.
    var theme: String?
    var proposedDates: String?
    var town: String?
    var address: String?
    var room: String?
    /// Defaults from the kind.
    var capacity: Int?
    var internetConnection: Bool?
    var stepFreeAccess: Bool?
    var message: String?

    /// The offer received now, or every problem at once, in French.
    func validated(id: HostingOfferID, themes: [Theme], now: Date) -> Result<HostingOffer, ValidationFailure> {
        var errors: [FieldError] = []
        func text(_ value: String?, _ field: String, _ message: String, limit: Int = 200) -> String {
            let value = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { errors.append(FieldError(field: field, message: message)) }
            if value.count > limit { errors.append(FieldError(field: field, message: "Ce champ ne doit pas dépasser \(limit) caractères.")) }
            return value
        }
        func optional(_ value: String?, _ field: String, limit: Int) -> String? {
            let value = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.count > limit { errors.append(FieldError(field: field, message: "Ce champ ne doit pas dépasser \(limit) caractères.")) }
            return value.isEmpty ? nil : value
        }
        let collectivite = text(self.collectivite, "collectivite", "Indiquez le nom de la collectivité.")
        let code = optional(collectiviteCode, "collectiviteCode", limit: 9)
        if let code, !RegistrationForm.isCode(code) {
            errors.append(FieldError(field: "collectiviteCode", message: "Le code doit être un code INSEE (5 caractères) ou un numéro SIREN (9 chiffres)."))
        }
        let department = self.department ?? ""
        if Department.name(of: department) == nil {
            errors.append(FieldError(field: "department", message: "Choisissez un département de Midi-Pyrénées."))
        }
        let contactName = text(self.contactName, "contactName", "Indiquez le nom de la personne à contacter.")
        let contactEmail = (self.contactEmail ?? "").trimmingCharacters(in: .whitespaces)
        if !EmailAddress.isPlausible(contactEmail) {
            errors.append(FieldError(field: "contactEmail", message: "L'adresse électronique « \(contactEmail) » est invalide."))
        }
        let phone = optional(contactPhone, "contactPhone", limit: 30)
        if kind == nil { errors.append(FieldError(field: "kind", message: "Choisissez le type de session proposé.")) }
        let theme = themes.first { $0.code == self.theme }
        if theme == nil { errors.append(FieldError(field: "theme", message: "Choisissez un thème de la liste.")) }
        let proposedDates = text(self.proposedDates, "proposedDates", "Indiquez la période ou les dates proposées.")
        let town = text(self.town, "town", "Indiquez la commune du lieu proposé.")
        let address = text(self.address, "address", "Indiquez l'adresse du lieu proposé.")
        let room = text(self.room, "room", "Indiquez la salle proposée.")
        let capacity = capacity ?? kind?.defaultCapacity ?? 0
        if !(1...500).contains(capacity) {
            errors.append(FieldError(field: "capacity", message: "La capacité de la salle doit être comprise entre 1 et 500 places."))
        }
        let message = optional(self.message, "message", limit: 2000)
        guard errors.isEmpty, let kind, let theme else { return .failure(ValidationFailure(errors: errors)) }
        return .success(HostingOffer(
            id: id, collectivite: collectivite, collectiviteCode: code?.uppercased(), department: department, contactName: contactName,
            contactEmail: contactEmail, contactPhone: phone, kind: kind, audience: audience ?? .electedOfficials, theme: theme,
            proposedDates: proposedDates, town: town, address: address, room: room, capacity: capacity,
            internetConnection: internetConnection ?? false, stepFreeAccess: stepFreeAccess ?? false, message: message,
            status: .received, answer: nil, sessionId: nil, receivedAt: now, answeredAt: nil))
    }
}
