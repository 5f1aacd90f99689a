import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// `/api/dossiers/{id}/attachments`: a dossier's documents, for its collectivité and staff.
struct AttachmentController: Sendable {
    let context: ApplicationsContext
    private var authenticator: AccountAccess<Role> { context.accounts }
    private var workflow: AttachmentWorkflow { AttachmentWorkflow(context: context) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.post("/api/dossiers/{id}/attachments") { request, requestContext in
            let principal = try await authenticator.bearer(of: request)
            let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
            return try await refusingAsProblems {
                let form = try await workflow.readForm(request)
                return JSONBody(try await workflow.attach(form.file("file"), to: id, by: principal), status: .created)
            }
        }
        router.get("/api/dossiers/{id}/attachments") { request, requestContext in
            let principal = try await authenticator.bearer(of: request)
            let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
            let list = try await context.database.withConnection { connection -> [Attachment]? in
                guard let dossier = try await DossierRepository(logger: context.logger).find(id, on: connection),
                      principal.mayAccess(applicant: dossier.applicantId) else { return nil }
                return try await AttachmentRepository(logger: context.logger).list(of: id, on: connection)
            }
            guard let list else { throw Problem.notFound("Aucun dossier ne porte cet identifiant.") }
            return JSONBody(list)
        }
        router.get("/api/dossiers/{id}/attachments/{attachmentId}") { request, requestContext in
            let principal = try await authenticator.bearer(of: request)
            let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
            let attachmentId = try requestContext.parameters.uuid("attachmentId")
            return try await refusingAsProblems { try await workflow.download(attachmentId, of: id, by: principal) }
        }
    }
}
