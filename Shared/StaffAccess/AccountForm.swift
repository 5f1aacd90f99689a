import Foundation
import ServiceKit

/// An account as an administrator (API, page or `<service> account create`) opens it, before checks.
public struct AccountForm<Role: AccountRole>: Codable, Sendable {
    public var email: String?
    public var displayName: String?
    public var password: String?
    public var role: Role?
    public var organisationId: UUID?

    public init(email: String? = nil, displayName: String? = nil, password: String? = nil, role: Role? = nil, organisationId: UUID? = nil) {
        self.email = email
        self.displayName = displayName
        self.password = password
        self.role = role
        self.organisationId = organisationId
    }

    /// What a valid form opens.
    public struct Accepted: Sendable {
        public var email: String
        public var displayName: String
        public var password: String
        public var role: Role
        public var organisationId: UUID?
    }

    /// The shortest password accepted.
    public static var minimumPasswordLength: Int { 12 }

    /// The account to open, or every problem at once.
    /// - Parameter organisationField: how the service's API names the organisation (`applicantId`).
    public func validated(organisationField: String = "organisationId") -> Result<Accepted, ValidationFailure> {
        var errors: [FieldError] = []
        let email = (self.email ?? "").trimmingCharacters(in: .whitespaces)
        if !EmailAddress.isPlausible(email) {
            errors.append(FieldError(field: "email", message: "L'adresse électronique « \(email) » est invalide."))
        }
        let displayName = (self.displayName ?? "").trimmingCharacters(in: .whitespaces)
        if displayName.isEmpty {
            errors.append(FieldError(field: "displayName", message: "Le nom affiché est obligatoire."))
        } else if displayName.count > 200 {
            errors.append(FieldError(field: "displayName", message: "Le nom affiché ne doit pas dépasser 200 caractères."))
        }
        let password = self.password ?? ""
        if password.count < Self.minimumPasswordLength {
            errors.append(FieldError(field: "password",
                                     message: "Le mot de passe doit compter au moins \(Self.minimumPasswordLength) caractères."))
        }
        if let role {
            if role.actsForOrganisation != (organisationId != nil) {
                errors.append(FieldError(field: organisationField,
                                         message: "Un compte \(role.frenchLabel) se rattache à une collectivité, et lui seul."))
            }
        } else {
            errors.append(FieldError(field: "role", message: "Choisissez le rôle : \(Role.choices)."))
        }
        guard errors.isEmpty, let role else { return .failure(ValidationFailure(errors: errors)) }
        return .success(Accepted(email: email, displayName: displayName, password: password, role: role, organisationId: organisationId))
    }
}
