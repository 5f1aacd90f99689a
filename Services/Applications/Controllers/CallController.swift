import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// Calls for applications: anyone reads them, admins write them.
struct CallController: Sendable {
    let context: ApplicationsContext
    let renderer: PageRenderer
    private var authenticator: AccountAccess<Role> { context.accounts }
    private var calls: CallRepository { CallRepository(logger: context.logger) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/api/calls") { _, _ in
            let listed = try await context.database.withConnection { try await calls.list(on: $0) }
            return JSONBody(listed)
        }
        router.get("/api/calls/{id}") { _, requestContext in
            let id = try requestContext.parameters.identifier("id", as: CallID.self)
            guard let call = try await context.database.withConnection({ try await calls.find(id, on: $0) }) else {
                throw Problem.notFound("Aucun appel ne porte cet identifiant.")
            }
            return JSONBody(call)
        }
        router.get("/api/calls/{id}/blank-form") { _, requestContext in
            let id = try requestContext.parameters.identifier("id", as: CallID.self)
            guard let listed = try await context.database.withConnection({ try await calls.list(on: $0) }).first(where: { $0.call.id == id })
            else { throw Problem.notFound("Aucun appel ne porte cet identifiant.") }
            return renderer.blankForm(listed)
        }
        router.post("/api/calls") { request, _ in
            _ = try await authenticator.bearer(of: request, allowing: [.admin])
            let form = try await request.decodeJSON(CallForm.self, multiLineFields: ["description"])
            return try await refusingAsProblems {
                let call = try form.validated(id: CallID()).get()
                try await context.transaction { try await calls.save(call, on: $0) }
                return JSONBody(call, status: .created)
            }
        }
        router.put("/api/calls/{id}") { request, requestContext in
            _ = try await authenticator.bearer(of: request, allowing: [.admin])
            let id = try requestContext.parameters.identifier("id", as: CallID.self)
            let form = try await request.decodeJSON(CallForm.self, multiLineFields: ["description"])
            return try await refusingAsProblems {
                var call = try form.validated(id: id).get()
                try await context.transaction { connection in
                    guard let existing = try await calls.find(id, forUpdate: true, on: connection) else {
                        throw WorkflowError.notFound("Aucun appel ne porte cet identifiant.")
                    }
                    guard existing.action == call.action else {
                        throw WorkflowError.invalid([FieldError(field: "action", message: "L'action d'un appel ne change pas après sa création.")])
                    }
                    call.closedAt = existing.closedAt
                    try await calls.save(call, on: connection)
                }
                return JSONBody(call)
            }
        }
        router.post("/api/calls/{id}/close") { request, requestContext in
            _ = try await authenticator.bearer(of: request, allowing: [.admin])
            let id = try requestContext.parameters.identifier("id", as: CallID.self)
            return try await refusingAsProblems {
                let now = context.clock()
                let call = try await context.transaction { connection -> Call in
                    guard var call = try await calls.find(id, forUpdate: true, on: connection) else {
                        throw WorkflowError.notFound("Aucun appel ne porte cet identifiant.")
                    }
                    guard call.closedAt == nil else { throw WorkflowError.conflict("Cet appel est déjà clos.") }
                    try await calls.close(id, at: now, on: connection)
                    call.closedAt = now
                    return call
                }
                return JSONBody(call)
            }
        }
    }
}
