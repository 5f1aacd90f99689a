import Foundation
import ServiceKit

/// A staff or juror account as staff (or the `jury member create` command) open it, before checks.
struct MemberForm: Codable, Sendable {
    var email: String?
    var displayName: String?
    var password: String?
    var role: MemberRole?

    /// What a valid form opens.
    struct Accepted: Sendable {
        var email: String
        var displayName: String
        var password: String
        var role: MemberRole
    }

    /// The account to open, or every problem at once.
    func validated() -> Result<Accepted, ValidationFailure> {
        var errors: [FieldError] = []
        let email = (self.email ?? "").trimmingCharacters(in: .whitespaces)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || email.contains(" ") {
            errors.append(FieldError(field: "email", message: "L'adresse électronique « \(email) » est invalide."))
        }
        let displayName = (self.displayName ?? "").trimmingCharacters(in: .whitespaces)
        if displayName.isEmpty { errors.append(FieldError(field: "displayName", message: "Le nom affiché est obligatoire.")) }
        let password = self.password ?? ""
        if password.count < 12 { errors.append(FieldError(field: "password", message: "Le mot de passe doit compter au moins 12 caractères.")) }
        if role == nil { errors.append(FieldError(field: "role", message: "Choisissez le rôle : staff (équipe du programme) ou juror (juré).")) }
        guard errors.isEmpty, let role else { return .failure(ValidationFailure(errors: errors)) }
        return .success(Accepted(email: email, displayName: displayName, password: password, role: role))
    }
}
