import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// Collectivités: staff register and list them; an applicant reads its own.
struct ApplicantController: Sendable {
    let context: ApplicationsContext
    private var authenticator: AccountAccess<Role> { context.accounts }
    private var applicants: ApplicantRepository { ApplicantRepository(logger: context.logger) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/api/applicants") { request, _ in
            _ = try await authenticator.bearer(of: request, allowing: Role.staff)
            let all = try await context.database.withConnection { try await applicants.list(on: $0) }
            return JSONBody(all.map(ApplicantView.init))
        }
        router.get("/api/applicants/{id}") { request, requestContext in
            let principal = try await authenticator.bearer(of: request)
            let id = try requestContext.parameters.identifier("id", as: ApplicantID.self)
            guard principal.mayAccess(applicant: id),
                  let applicant = try await context.database.withConnection({ try await applicants.find(id, on: $0) })
            else { throw Problem.notFound("Aucune collectivité ne porte cet identifiant.") }
            return JSONBody(ApplicantView(applicant))
        }
        router.post("/api/applicants") { request, _ in
            _ = try await authenticator.bearer(of: request, allowing: Role.staff)
            let form = try await request.decodeJSON(ApplicantForm.self)
            return try await refusingAsProblems {
                let applicant = try form.validated().get()
                do {
                    let now = context.clock()
                    try await context.transaction { try await ApplicantRegistry(logger: context.logger).register(applicant, at: now, on: $0) }
                } catch is ApplicantRepository.SaveError {
                    throw WorkflowError.conflict("Une collectivité porte déjà ce code INSEE ou ce numéro SIREN.")
                }
                return JSONBody(ApplicantView(applicant), status: .created)
            }
        }
    }
}
