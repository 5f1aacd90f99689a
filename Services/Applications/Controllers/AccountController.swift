import Foundation
import Hummingbird
import Model
import ServiceKit

/// `POST /api/accounts`: administrators open accounts, notably a collectivité's.
struct AccountController: Sendable {
    let context: ApplicationsContext
    private var authenticator: Authenticator { Authenticator(context: context) }

    struct NewAccount: Decodable {
        var email: String
        var displayName: String
        var password: String
        var role: Role
        var applicantId: ApplicantID?
    }

    struct Created: Encodable, Sendable {
        var id: UUID
        var email: String
        var role: Role
        var applicantId: ApplicantID?
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.post("/api/accounts") { request, _ in
            _ = try await authenticator.admin(of: request)
            let new = try await request.decodeJSON(NewAccount.self)
            var errors: [FieldError] = []
            if !EmailAddress.isPlausible(new.email) {
                errors.append(FieldError(field: "email", message: "L'adresse électronique « \(new.email) » est invalide."))
            }
            if new.displayName.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(FieldError(field: "displayName", message: "Le nom affiché est obligatoire."))
            }
            if new.password.count < 12 {
                errors.append(FieldError(field: "password", message: "Le mot de passe doit compter au moins 12 caractères."))
            }
            if (new.role == .applicant) != (new.applicantId != nil) {
                errors.append(FieldError(field: "applicantId", message: "Un compte candidat, et lui seul, se rattache à une collectivité."))
            }
            guard errors.isEmpty else { throw Problem.invalid(errors) }
            return try await refusingAsProblems {
                let id = try await context.transaction { connection -> UUID in
                    if let applicantId = new.applicantId,
                       try await ApplicantRepository(logger: context.logger).find(applicantId, on: connection) == nil {
                        throw WorkflowError.invalid([FieldError(field: "applicantId", message: "Cette collectivité n'existe pas.")])
                    }
                    do {
                        return try await AccountRepository(logger: context.logger).create(
                            email: new.email, displayName: new.displayName, password: new.password, role: new.role,
                            applicantId: new.applicantId, on: connection)
                    } catch is AccountRepository.DuplicateEmail {
                        throw WorkflowError.conflict("Un compte utilise déjà l'adresse \(new.email).")
                    }
                }
                return JSONBody(Created(id: id, email: new.email, role: new.role, applicantId: new.applicantId), status: .created)
            }
        }
    }
}
