import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// `/gestion/appels`: administrators create, edit and close calls in the back office.
struct CallPagesController: Sendable {
    let gate: WebGate
    let context: ApplicationsContext
    private var calls: CallRepository { CallRepository(logger: context.logger) }

    static let notices = ["cree": "L'appel est créé et annoncé.", "modifie": "L'appel est modifié.", "clos": "L'appel est clos aux dépôts."]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion/appels") { request, _ in
            try await gate.page(request, allowing: [.admin]) { session in
                let listed = try await context.database.withConnection { try await calls.list(on: $0) }
                let now = context.clock()
                return gate.renderer.page("staffCalls", [
                    "count": listed.count,
                    "calls": listed.map { entry -> [String: Any] in
                        var values = CallPresentation.values(entry, canApply: false, signInToApply: false)
                        values["state"] = entry.call.acceptsSubmissions(at: now) ? "ouvert" : (entry.call.closedAt != nil ? "clos" : "fermé")
                        values["closable"] = entry.call.closedAt == nil && now <= entry.call.closesAt
                        return values
                    },
                ], session: session, notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
            }
        }
        router.get("/gestion/appels/nouveau") { request, _ in
            try await gate.page(request, allowing: [.admin]) { session in
                return formPage(nil, fields: nil, session: session)
            }
        }
        router.post("/gestion/appels") { request, _ in
            try await gate.page(request, allowing: [.admin]) { session in
                let fields = try await gate.form(request, session: session)
                return try await save(CallID(), existing: nil, fields: fields, session: session)
            }
        }
        router.get("/gestion/appels/{id}") { request, requestContext in
            try await gate.page(request, allowing: [.admin]) { session in
                let call = try await find(requestContext)
                return formPage(call, fields: nil, session: session)
            }
        }
        router.post("/gestion/appels/{id}") { request, requestContext in
            try await gate.page(request, allowing: [.admin]) { session in
                let call = try await find(requestContext)
                let fields = try await gate.form(request, session: session)
                return try await save(call.id, existing: call, fields: fields, session: session)
            }
        }
        router.post("/gestion/appels/{id}/clore") { request, requestContext in
            try await gate.page(request, allowing: [.admin]) { session in
                let call = try await find(requestContext)
                _ = try await gate.form(request, session: session)
                guard call.closedAt == nil else { throw WorkflowError.conflict("Cet appel est déjà clos.") }
                let now = context.clock()
                try await context.transaction { try await calls.close(call.id, at: now, on: $0) }
                return PageResponses.redirect(to: "/gestion/appels?avis=clos")
            }
        }
    }

    private func find(_ requestContext: PlatformRequestContext) async throws -> Call {
        guard let id = requestContext.parameters.get("id").flatMap(CallID.init(uuidString:)),
              let call = try await context.database.withConnection({ try await calls.find(id, on: $0) })
        else { throw WorkflowError.notFound("Aucun appel ne porte cet identifiant.") }
        return call
    }

    private func save(_ id: CallID, existing: Call?, fields: FormFields, session: AccountSession<Role>?) async throws -> Response {
        var (form, errors) = CallFormFields.read(fields)
        if let existing { form.action = existing.action }
        switch form.validated(id: id) {
        case .failure(let failure):
            errors += failure.errors
        case .success(var call):
            guard errors.isEmpty else { break }
            call.closedAt = existing?.closedAt
            try await context.transaction { try await calls.save(call, on: $0) }
            return PageResponses.redirect(to: "/gestion/appels?avis=\(existing == nil ? "cree" : "modifie")")
        }
        return formPage(existing, fields: fields, session: session, errors: errors)
    }

    private func formPage(_ call: Call?, fields: FormFields?, session: AccountSession<Role>?, errors: [FieldError] = []) -> Response {
        var values = CallFormFields.values(of: call, typed: fields)
        values["heading"] = call.map { "Modifier « \($0.title) »" } ?? "Créer un appel à candidatures"
        values["action"] = call.map { "/gestion/appels/\($0.id)" } ?? "/gestion/appels"
        values["isNew"] = call == nil
        return gate.renderer.page("callForm", values, session: session, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
