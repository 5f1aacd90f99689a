import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// Dossiers: applicants fill and submit their own; staff check, complete and close them.
struct DossierController: Sendable {
    let context: ApplicationsContext
    private var authenticator: AccountAccess<Role> { context.accounts }
    private var workflow: DossierWorkflow { DossierWorkflow(context: context) }
    private var dossiers: DossierRepository { DossierRepository(logger: context.logger) }

    struct NewDossier: Codable {
        var callId: CallID
        var applicantId: ApplicantID?
        var projectTitle: String?
        var theme: String?
        var summary: String?
        var eligibleCost: Money?
    }

    struct StaffMessage: Codable {
        var message: String
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/api/dossiers") { request, _ in
            let principal = try await authenticator.bearer(of: request)
            let filter = try Self.filter(from: request, for: principal)
            let found = try await context.database.withConnection { try await dossiers.list(filter, on: $0) }
            return JSONBody(found.map { DossierView($0) })
        }
        router.get("/api/dossiers/export.csv") { request, _ in
            let principal = try await authenticator.bearer(of: request, allowing: Role.staff)
            return DossierExport.response(try await DossierListing(context: context).lines(try Self.filter(from: request, for: principal)))
        }
        router.post("/api/dossiers") { request, _ in
            let principal = try await authenticator.bearer(of: request)
            let new = try await request.decodeJSON(NewDossier.self, multiLineFields: ["summary"])
            return try await refusingAsProblems {
                let draft = DossierDraft(projectTitle: new.projectTitle, theme: new.theme, summary: new.summary, eligibleCost: new.eligibleCost)
                let dossier = try await workflow.createDraft(callId: new.callId, applicantId: new.applicantId, draft: draft, by: principal)
                return JSONBody(DossierView(dossier), status: .created)
            }
        }
        router.get("/api/dossiers/{id}") { request, requestContext in
            let principal = try await authenticator.bearer(of: request)
            let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
            let view = try await context.database.withConnection { connection -> DossierView? in
                guard let dossier = try await dossiers.find(id, on: connection), principal.mayAccess(applicant: dossier.applicantId)
                else { return nil }
                return DossierView(dossier, history: principal.role.isStaff ? try await dossiers.history(of: id, on: connection) : nil)
            }
            guard let view else { throw Problem.notFound("Aucun dossier ne porte cet identifiant.") }
            return JSONBody(view)
        }
        router.put("/api/dossiers/{id}") { request, requestContext in
            let principal = try await authenticator.bearer(of: request)
            let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
            let draft = try await request.decodeJSON(DossierDraft.self, multiLineFields: ["summary"])
            return try await refusingAsProblems { JSONBody(DossierView(try await workflow.edit(id, draft: draft, by: principal))) }
        }
        transition(router, "submit") { id, principal, _ in try await workflow.submit(id, by: principal) }
        transition(router, "withdraw") { id, principal, _ in try await workflow.withdraw(id, by: principal) }
        transition(router, "complete") { id, principal, _ in try await workflow.declareComplete(id, by: principal) }
        transition(router, "close") { id, principal, _ in try await workflow.close(id, by: principal) }
        transition(router, "incomplete") { id, principal, request in
            let body = try await request.decodeJSON(StaffMessage.self, multiLineFields: ["message"])
            return try await workflow.declareIncomplete(id, message: body.message, by: principal)
        }
    }

    /// `POST /api/dossiers/{id}/<name>`: one lifecycle transition.
    private func transition(_ router: some RouterMethods<PlatformRequestContext>, _ name: String,
                            _ perform: @escaping @Sendable (ApplicationID, Principal, Request) async throws -> Dossier) {
        router.post("/api/dossiers/{id}/\(name)") { request, requestContext in
            let principal = try await authenticator.bearer(of: request)
            let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
            return try await refusingAsProblems { JSONBody(DossierView(try await perform(id, principal, request))) }
        }
    }

    /// The list's filters from the query string; an applicant's list is always its own.
    static func filter(from request: Request, for principal: Principal) throws -> DossierRepository.Filter {
        let query = request.uri.queryParameters
        var filter = DossierRepository.Filter()
        var errors: [FieldError] = []
        if let value = query["callId"].map(String.init) {
            if let id = CallID(uuidString: value) { filter.callId = id } else {
                errors.append(FieldError(field: "callId", message: "« \(value) » n'est pas un identifiant d'appel."))
            }
        }
        if let value = query["status"].map(String.init) {
            if let status = DossierStatus(rawValue: value) { filter.status = status } else {
                errors.append(FieldError(field: "status", message: "Statut inconnu : « \(value) »."))
            }
        }
        if let value = query["department"].map(String.init) { filter.department = value.uppercased() }
        if let value = query["priorityTarget"].map(String.init) {
            switch value {
            case "true": filter.priorityTarget = true
            case "false": filter.priorityTarget = false
            default: errors.append(FieldError(field: "priorityTarget", message: "Valeur attendue : true ou false."))
            }
        }
        if !errors.isEmpty { throw Problem(status: .badRequest, title: "Filtres invalides.", errors: errors) }
        if !principal.role.isStaff {
            guard let own = principal.applicantId else { throw Problem.forbidden }
            filter.applicantId = own
        }
        return filter
    }
}
