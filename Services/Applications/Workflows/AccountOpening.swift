import Foundation
import Model
import ServiceKit

/// Opening an account from the API or the back office: checked, then stored with its bcrypt hash.
struct AccountOpening: Sendable {
    let context: ApplicationsContext

    struct Request: Codable, Sendable {
        var email: String
        var displayName: String
        var password: String
        var role: Role
        var applicantId: ApplicantID?
    }

    func open(_ request: Request) async throws -> UUID {
        var errors: [FieldError] = []
        if !EmailAddress.isPlausible(request.email) {
            errors.append(FieldError(field: "email", message: "L'adresse électronique « \(request.email) » est invalide."))
        }
        if request.displayName.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError(field: "displayName", message: "Le nom affiché est obligatoire."))
        }
        if request.password.count < 12 {
            errors.append(FieldError(field: "password", message: "Le mot de passe doit compter au moins 12 caractères."))
        }
        if (request.role == .applicant) != (request.applicantId != nil) {
            errors.append(FieldError(field: "applicantId", message: "Un compte candidat, et lui seul, se rattache à une collectivité."))
        }
        guard errors.isEmpty else { throw WorkflowError.invalid(errors) }
        return try await context.transaction { connection -> UUID in
            if let applicantId = request.applicantId,
               try await ApplicantRepository(logger: context.logger).find(applicantId, on: connection) == nil {
                throw WorkflowError.invalid([FieldError(field: "applicantId", message: "Cette collectivité n'existe pas.")])
            }
            do {
                return try await AccountRepository(logger: context.logger).create(
                    email: request.email, displayName: request.displayName, password: request.password, role: request.role,
                    applicantId: request.applicantId, on: connection)
            } catch is AccountRepository.DuplicateEmail {
                throw WorkflowError.conflict("Un compte utilise déjà l'adresse \(request.email).")
            }
        }
    }
}
