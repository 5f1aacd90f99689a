import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The staff's back office: dossiers by call, status, department and priority target;
/// declaring them complete or incomplete; their history; the CSV export.
struct BackOfficeController: Sendable {
    let gate: WebGate
    let context: ApplicationsContext
    private var workflow: DossierWorkflow { DossierWorkflow(context: context) }
    private var dossiers: DossierRepository { DossierRepository(logger: context.logger) }
    private var calls: CallRepository { CallRepository(logger: context.logger) }
    private var applicants: ApplicantRepository { ApplicantRepository(logger: context.logger) }

    static let notices = [
        "complet": "Le dossier est déclaré complet ; le candidat en est informé.",
        "incomplet": "Le dossier est déclaré incomplet ; le message est envoyé au candidat.",
        "clos": "Le dossier est clos.",
    ]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion") { request, _ in
            try await gate.page(request, allowing: Role.staff) { session in
                let filter = try DossierController.filter(from: request, for: session.account)
                let lines = try await DossierListing(context: context).lines(filter)
                let listed = try await context.database.withConnection { try await calls.list(on: $0) }
                let query = request.uri.query.map { "?" + $0 } ?? ""
                return gate.renderer.page("staffDossiers", [
                    "calls": listed.map { ["id": $0.call.id.description, "title": $0.call.title, "selected": $0.call.id == filter.callId] },
                    "statuses": DossierStatus.allCases.map { ["value": $0.rawValue, "label": $0.frenchLabel, "selected": $0 == filter.status] },
                    "department": filter.department ?? "", "priorityYes": filter.priorityTarget == true, "priorityNo": filter.priorityTarget == false,
                    "query": query, "count": lines.count,
                    "dossiers": lines.map { line -> [String: Any] in
                        ["id": line.dossier.id.description, "reference": line.dossier.reference, "applicantName": line.applicant.name,
                         "department": line.applicant.department, "priority": line.applicant.priorityTarget ? "oui" : "non",
                         "callTitle": line.callTitle, "statusLabel": line.dossier.status.frenchLabel,
                         "submitted": line.dossier.submittedAt.map(ParisTime.frenchDate) ?? "—"]
                    },
                ], session: session, notice: nil)
            }
        }
        router.get("/gestion/export.csv") { request, _ in
            try await gate.page(request, allowing: Role.staff) { session in
                let filter = try DossierController.filter(from: request, for: session.account)
                return DossierExport.response(try await DossierListing(context: context).lines(filter))
            }
        }
        router.get("/gestion/dossiers/{id}") { request, requestContext in
            try await gate.page(request, allowing: Role.staff) { session in
                try await dossierPage(try requestContext.parameters.identifier("id", as: ApplicationID.self), session: session,
                                      notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
            }
        }
        router.get("/gestion/dossiers/{id}/pieces/{attachmentId}") { request, requestContext in
            try await gate.page(request, allowing: Role.staff) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                let attachmentId = try requestContext.parameters.uuid("attachmentId")
                return try await AttachmentWorkflow(context: context).download(attachmentId, of: id, by: session.account)
            }
        }
        action(router, "complet") { id, principal, _ in _ = try await workflow.declareComplete(id, by: principal) }
        action(router, "clore") { id, principal, _ in _ = try await workflow.close(id, by: principal) }
        router.post("/gestion/dossiers/{id}/incomplet") { request, requestContext in
            try await gate.page(request, allowing: Role.staff) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                let fields = try await gate.form(request, session: session)
                do {
                    _ = try await workflow.declareIncomplete(id, message: fields["message"] ?? "", by: session.account)
                } catch WorkflowError.invalid(let errors) {
                    return try await dossierPage(id, session: session, errors: errors, status: .unprocessableContent)
                }
                return PageResponses.redirect(to: "/gestion/dossiers/\(id)?avis=incomplet")
            }
        }
    }

    /// `POST /gestion/dossiers/{id}/<name>`: one staff transition, then back to the dossier.
    private func action(_ router: some RouterMethods<PlatformRequestContext>, _ name: String,
                        _ perform: @escaping @Sendable (ApplicationID, Principal, FormFields) async throws -> Void) {
        router.post("/gestion/dossiers/{id}/\(name)") { request, requestContext in
            try await gate.page(request, allowing: Role.staff) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                let fields = try await gate.form(request, session: session)
                try await perform(id, session.account, fields)
                let notice = name == "complet" ? "complet" : "clos"
                return PageResponses.redirect(to: "/gestion/dossiers/\(id)?avis=\(notice)")
            }
        }
    }

    private func dossierPage(_ id: ApplicationID, session: AccountSession<Role>?, errors: [FieldError] = [],
                             status: HTTPResponse.Status = .ok, notice: String? = nil) async throws -> Response {
        let values = try await context.database.withConnection { connection -> [String: Any]? in
            guard let dossier = try await dossiers.find(id, on: connection),
                  let applicant = try await applicants.find(dossier.applicantId, on: connection),
                  let call = try await calls.find(dossier.callId, on: connection) else { return nil }
            let history = try await dossiers.history(of: id, on: connection)
            let attachments = try await AttachmentRepository(logger: context.logger).list(of: id, on: connection)
            var values: [String: Any] = [
                "id": dossier.id.description, "reference": dossier.reference, "applicantName": applicant.name,
                "applicantKind": applicant.kind.frenchLabel, "department": applicant.department, "population": applicant.population,
                "priority": applicant.priorityTarget ? "oui" : "non", "callTitle": call.title, "statusLabel": dossier.status.frenchLabel,
                "projectTitle": dossier.projectTitle, "theme": dossier.theme, "summary": dossier.summary,
                "canComplete": dossier.status.after(.declareComplete) != nil,
                "canDeclareIncomplete": dossier.status.after(.declareIncomplete) != nil, "canClose": dossier.status.after(.close) != nil,
                "showDigests": true,
                "attachments": attachments.map { AttachmentPresentation.values($0, link: "/gestion/dossiers/\(id)/pieces/\($0.id)") },
                "history": history.map { entry -> [String: Any] in
                    ["at": ParisTime.frenchDateTime(entry.at), "actor": entry.actor, "action": entry.action,
                     "status": entry.status.frenchLabel, "message": entry.message ?? ""]
                },
            ]
            values["eligibleCost"] = dossier.eligibleCost?.formattedFrench
            values["requestedSubsidy"] = dossier.requestedSubsidy?.formattedFrench
            values["submitted"] = dossier.submittedAt.map(ParisTime.frenchDateTime)
            return values
        }
        guard let values else { throw WorkflowError.notFound("Aucun dossier ne porte cet identifiant.") }
        return gate.renderer.page("staffDossier", values, session: session, errors: errors, notice: notice, status: status)
    }
}
