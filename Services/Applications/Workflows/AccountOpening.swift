import Foundation
import Model
import ServiceKit
import StaffAccess

/// Opening an account from the API: the shared accounts' checks, then stored with its bcrypt hash.
struct AccountOpening: Sendable {
    let context: ApplicationsContext

    /// `POST /api/accounts`'s body, whose collectivité is named `applicantId`.
    struct Request: Codable, Sendable {
        var email: String
        var displayName: String
        var password: String
        var role: Role
        var applicantId: ApplicantID?
    }

    func open(_ request: Request) async throws -> Principal {
        let form = AccountForm(email: request.email, displayName: request.displayName, password: request.password, role: request.role,
                               organisationId: request.applicantId?.uuid)
        let accepted: AccountForm<Role>.Accepted
        switch form.validated(organisationField: "applicantId") {
        case .success(let value): accepted = value
        case .failure(let failure): throw WorkflowError.invalid(failure.errors)
        }
        do {
            return try await AccountRepository<Role>(logger: context.logger).create(accepted, on: context.database)
        } catch is AccountRepository<Role>.DuplicateEmail {
            throw WorkflowError.conflict("Un compte utilise déjà l'adresse \(accepted.email).")
        } catch is AccountRepository<Role>.UnknownOrganisation {
            throw WorkflowError.invalid([FieldError(field: "applicantId", message: "Cette collectivité n'existe pas.")])
        }
    }
}
