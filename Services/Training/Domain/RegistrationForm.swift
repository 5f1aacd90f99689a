import Foundation
import ServiceKit

/// A registration as a person (or staff on their behalf) fills it in, before checks.
struct RegistrationForm: Codable, Sendable {
    var name: String?
    var email: String?
    var role: String?
    /// The collectivité: its INSEE (commune) or SIREN (intercommunalité) code, or its name.
    var collectivite: String?

    /// What a valid form registers.
    struct Accepted: Sendable {
        var name: String
        var email: String
        var role: TraineeRole
        var collectivite: String
        /// Set when the collectivité was given by its INSEE or SIREN code.
        var collectiviteCode: String?
    }

    /// The registration, or every problem at once, in French.
    func validated() -> Result<Accepted, ValidationFailure> {
        var errors: [FieldError] = []
        let name = (self.name ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty { errors.append(FieldError(field: "name", message: "Indiquez vos nom et prénom.")) }
        if name.count > 200 { errors.append(FieldError(field: "name", message: "Le nom ne doit pas dépasser 200 caractères.")) }
        let email = (self.email ?? "").trimmingCharacters(in: .whitespaces)
        if !EmailAddress.isPlausible(email) {
            errors.append(FieldError(field: "email", message: "L'adresse électronique « \(email) » est invalide."))
        }
        let role = TraineeRole(rawValue: self.role ?? "")
        if role == nil { errors.append(FieldError(field: "role", message: "Choisissez votre fonction dans la liste.")) }
        let collectivite = (self.collectivite ?? "").trimmingCharacters(in: .whitespaces)
        if collectivite.isEmpty {
            errors.append(FieldError(field: "collectivite", message: "Indiquez votre collectivité (son nom, ou son code INSEE ou SIREN)."))
        }
        if collectivite.count > 200 {
            errors.append(FieldError(field: "collectivite", message: "Le nom de la collectivité ne doit pas dépasser 200 caractères."))
        }
        guard errors.isEmpty, let role else { return .failure(ValidationFailure(errors: errors)) }
        return .success(Accepted(name: name, email: email, role: role, collectivite: collectivite,
                                 collectiviteCode: Self.isCode(collectivite) ? collectivite.uppercased() : nil))
    }

    /// An INSEE commune code (five characters, Corsica's 2A and 2B included) or a SIREN number (nine digits).
    static func isCode(_ text: String) -> Bool {
        let digits = text.allSatisfy(\.isNumber)
        if text.count == 9 && digits { return true }
        guard text.count == 5 else { return false }
        let rest = text.dropFirst(2)
        return rest.allSatisfy(\.isNumber) && (text.prefix(2).allSatisfy(\.isNumber) || ["2A", "2B"].contains(text.prefix(2).uppercased()))
    }
}
