import Events
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// `/gestion/donnees-personnelles`: administrators record a person's request about their data
/// and follow which services have confirmed it; an export's copy is downloaded as JSON.
struct PersonalDataPagesController: Sendable {
    let gate: WebGate
    let context: ApplicationsContext
    private var desk: PersonalDataDesk { PersonalDataDesk(context: context) }

    static let kindLabels: [PersonalDataRequestKind: String] = [.export: "Copie des données", .erasure: "Effacement des données"]
    static let serviceLabels = ["applications": "Guichet unique (candidatures)", "jury": "Jury", "training": "Formations des élus",
                                "resources": "Centre de ressources", "notifications": "Courriels"]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion/donnees-personnelles", use: list)
        router.post("/gestion/donnees-personnelles", use: create)
        router.get("/gestion/donnees-personnelles/{id}", use: show)
        router.get("/gestion/donnees-personnelles/{id}/copie.json", use: download)
    }

    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request, allowing: [.admin]) { session in try await listPage(session: session) }
    }

    @Sendable func create(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request, allowing: [.admin]) { session in
            let fields = try await gate.form(request, session: session)
            let form = PersonalDataDesk.Form(email: fields.text("email"), kind: fields.text("kind"))
            do {
                let made = try await desk.request(form, by: session.account)
                return PageResponses.redirect(to: "/gestion/donnees-personnelles/\(made.id.uuidString.lowercased())")
            } catch WorkflowError.invalid(let errors) {
                return try await listPage(session: session, form: form, errors: errors)
            }
        }
    }

    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request, allowing: [.admin]) { session in
            let found = try await desk.find(try requestContext.parameters.uuid("id"))
            let counted = found.kind == .export ? "trouvés" : "effacés ou anonymisés"
            return gate.renderer.page("personalDataRequest", [
                "id": found.id.uuidString.lowercased(), "subject": found.subject, "kindLabel": Self.kindLabels[found.kind] ?? "",
                "requestedAt": ParisTime.frenchDateTime(found.requestedAt), "complete": found.isComplete, "isExport": found.kind == .export,
                "waiting": found.waitingFor.map { Self.serviceLabels[$0] ?? $0 }.joined(separator: ", "), "countLabel": counted,
                "services": PersonalDataRequest.services.map { service -> [String: Any] in
                    let confirmation = found.confirmations.first { $0.service == service }
                    return ["label": Self.serviceLabels[service] ?? service, "state": confirmation == nil ? "en attente" : "confirmé",
                            "count": confirmation.map { String($0.recordCount) } ?? "—",
                            "processedAt": confirmation.map { ParisTime.frenchDateTime($0.processedAt) } ?? "—"]
                },
            ], session: session)
        }
    }

    @Sendable func download(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request, allowing: [.admin]) { _ in
            let export = try await desk.export(try requestContext.parameters.uuid("id"))
            var response = try JSONBody(export).response(from: request, context: requestContext)
            response.headers[.contentDisposition] = "attachment; filename=\"donnees-personnelles-\(export.requestId.uuidString.lowercased()).json\""
            return response
        }
    }

    private func listPage(session: AccountSession<Role>, form: PersonalDataDesk.Form? = nil, errors: [FieldError] = []) async throws -> Response {
        let requests = try await desk.recent()
        return gate.renderer.page("personalDataRequests", [
            "email": form?.email ?? "", "isExport": form?.kind == "export", "isErasure": form?.kind == "erasure", "count": requests.count,
            "requests": requests.map { request -> [String: Any] in
                ["id": request.id.uuidString.lowercased(), "requestedAt": ParisTime.frenchDateTime(request.requestedAt),
                 "subject": request.subject, "kindLabel": Self.kindLabels[request.kind] ?? "",
                 "confirmed": request.confirmations.count, "expected": PersonalDataRequest.services.count]
            },
        ], session: session, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
