import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The applicants' portal: open calls, their dossiers, filling and submitting one.
struct PortalController: Sendable {
    let gate: WebGate
    let context: ApplicationsContext
    private var workflow: DossierWorkflow { DossierWorkflow(context: context) }
    private var dossiers: DossierRepository { DossierRepository(logger: context.logger) }
    private var calls: CallRepository { CallRepository(logger: context.logger) }

    /// Notices shown after a redirect (`?avis=…`).
    static let notices = [
        "enregistre": "Brouillon enregistré.",
        "depose": "Dossier déposé. Un accusé de réception est envoyé par courriel à la collectivité.",
        "retire": "Dossier retiré.",
        "cree": "Brouillon créé : complétez-le puis déposez-le.",
        "piece": "Pièce jointe ajoutée.",
    ]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/") { request, _ in
            try await gate.publicPage(request) { session in
                let listed = try await context.database.withConnection { try await calls.list(on: $0) }
                let now = context.clock()
                let isApplicant = session.map { !$0.account.role.isStaff } ?? false
                let open = listed.filter { $0.call.acceptsSubmissions(at: now) }
                let closed = listed.filter { !$0.call.acceptsSubmissions(at: now) }
                return gate.renderer.page("home", [
                    "openCalls": open.map { CallPresentation.values($0, canApply: isApplicant && $0.remainingPlaces > 0, signInToApply: session == nil) },
                    "closedCalls": closed.map { CallPresentation.values($0, canApply: false, signInToApply: false) },
                ], session: session)
            }
        }
        router.get("/appels/{id}/dossier-de-candidature") { request, requestContext in
            try await gate.publicPage(request) { _ in
                guard let id = requestContext.parameters.get("id").flatMap(CallID.init(uuidString:)),
                      let listed = try await context.database.withConnection({ try await calls.list(on: $0) }).first(where: { $0.call.id == id })
                else { throw WorkflowError.notFound("Aucun appel ne porte cet identifiant.") }
                return gate.renderer.blankForm(listed)
            }
        }
        router.get("/espace") { request, _ in
            try await gate.page(request, allowing: [.applicant]) { session in
                let applicantId = try applicant(of: session)
                let values = try await context.database.withConnection { connection -> [String: Any] in
                    let applicant = try await ApplicantRepository(logger: context.logger).find(applicantId, on: connection)
                    let titles = try await calls.titles(on: connection)
                    let mine = try await dossiers.list(.init(applicantId: applicantId), on: connection)
                    return [
                        "applicantName": applicant?.name ?? "", "hasDossiers": !mine.isEmpty,
                        "dossiers": mine.map { dossier -> [String: Any] in
                            ["id": dossier.id.description, "reference": dossier.reference, "callTitle": titles[dossier.callId] ?? "",
                             "projectTitle": dossier.projectTitle.isEmpty ? "(sans titre)" : dossier.projectTitle,
                             "statusLabel": dossier.status.frenchLabel, "updated": ParisTime.frenchDateTime(dossier.updatedAt)]
                        },
                    ]
                }
                return gate.renderer.page("myDossiers", values, session: session, notice: notice(request))
            }
        }
        router.post("/espace/dossiers") { request, _ in
            try await gate.page(request, allowing: [.applicant]) { session in
                let fields = try await gate.form(request, session: session)
                guard let callId = fields.text("callId").flatMap(CallID.init(uuidString:)) else {
                    throw WorkflowError.notFound("Cet appel à candidatures n'existe pas.")
                }
                let dossier = try await workflow.createDraft(callId: callId, applicantId: nil, draft: DossierDraft(), by: session.account)
                return PageResponses.redirect(to: "/espace/dossiers/\(dossier.id)?avis=cree")
            }
        }
        router.get("/espace/dossiers/{id}") { request, requestContext in
            try await gate.page(request, allowing: [.applicant]) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                return try await dossierPage(id, session: session, notice: notice(request))
            }
        }
        router.post("/espace/dossiers/{id}") { request, requestContext in
            try await gate.page(request, allowing: [.applicant]) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                let fields = try await gate.form(request, session: session)
                var draft = DossierDraft(projectTitle: fields["projectTitle"] ?? "", theme: fields["theme"] ?? "",
                                         summary: fields["summary"] ?? "")
                if let typed = fields.text("eligibleCost") {
                    guard let cost = Money(frenchInput: typed) else {
                        return try await dossierPage(id, session: session, typed: fields, status: .unprocessableContent, errors: [
                            FieldError(field: "eligibleCost", message: "Le coût éligible « \(typed) » n'est pas un montant valide (par exemple 12 345,67)."),
                        ])
                    }
                    draft.eligibleCost = cost
                }
                do {
                    _ = try await workflow.edit(id, draft: draft, by: session.account)
                    guard fields["intent"] == "submit" else { return PageResponses.redirect(to: "/espace/dossiers/\(id)?avis=enregistre") }
                    _ = try await workflow.submit(id, by: session.account)
                    return PageResponses.redirect(to: "/espace/dossiers/\(id)?avis=depose")
                } catch WorkflowError.invalid(let errors) {
                    return try await dossierPage(id, session: session, typed: fields, status: .unprocessableContent, errors: errors)
                }
            }
        }
        router.post("/espace/dossiers/{id}/pieces") { request, requestContext in
            try await gate.page(request, allowing: [.applicant]) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                let attachments = AttachmentWorkflow(context: context)
                do {
                    let form = try await attachments.readForm(request)
                    try gate.checkCSRF(form.field("_csrf"), session: session)
                        _ = try await attachments.attach(form.file("file"), to: id, by: session.account)
                    return PageResponses.redirect(to: "/espace/dossiers/\(id)?avis=piece")
                } catch let problem as Problem {
                    let errors = problem.errors.isEmpty ? [FieldError(field: "file", message: problem.detail ?? problem.title)] : problem.errors
                    return try await dossierPage(id, session: session, status: problem.status, errors: errors)
                }
            }
        }
        router.get("/espace/dossiers/{id}/pieces/{attachmentId}") { request, requestContext in
            try await gate.page(request, allowing: [.applicant]) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                let attachmentId = try requestContext.parameters.uuid("attachmentId")
                return try await AttachmentWorkflow(context: context).download(attachmentId, of: id, by: session.account)
            }
        }
        router.post("/espace/dossiers/{id}/retrait") { request, requestContext in
            try await gate.page(request, allowing: [.applicant]) { session in
                let id = try requestContext.parameters.identifier("id", as: ApplicationID.self)
                _ = try await gate.form(request, session: session)
                _ = try await workflow.withdraw(id, by: session.account)
                return PageResponses.redirect(to: "/espace/dossiers/\(id)?avis=retire")
            }
        }
    }

    private func applicant(of session: AccountSession<Role>?) throws -> ApplicantID {
        guard let applicantId = session?.account.applicantId else { throw PageRefusal.forbidden }
        return applicantId
    }

    private func notice(_ request: Request) -> String? {
        request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] }
    }

    /// The dossier's page; after a refused form, the values typed are shown back with their errors.
    private func dossierPage(_ id: ApplicationID, session: AccountSession<Role>?, typed: FormFields? = nil,
                             status: HTTPResponse.Status = .ok, errors: [FieldError] = [], notice: String? = nil) async throws -> Response {
        let applicantId = try applicant(of: session)
        let values = try await context.database.withConnection { connection -> [String: Any]? in
            guard let dossier = try await dossiers.find(id, on: connection), dossier.applicantId == applicantId,
                  let call = try await calls.find(dossier.callId, on: connection) else { return nil }
            let decisions = try await dossiers.decisions(of: id, on: connection)
            let attachments = try await AttachmentRepository(logger: context.logger).list(of: id, on: connection)
            var values: [String: Any] = [
                "id": dossier.id.description, "reference": dossier.reference, "callTitle": call.title,
                "statusLabel": dossier.status.frenchLabel, "editable": dossier.status.after(.edit) != nil,
                "withdrawable": dossier.status.after(.withdraw) != nil,
                "projectTitle": typed?["projectTitle"] ?? dossier.projectTitle, "theme": typed?["theme"] ?? dossier.theme,
                "summary": typed?["summary"] ?? dossier.summary,
                "eligibleCost": typed?["eligibleCost"] ?? dossier.eligibleCost?.frenchInput ?? "",
                "hasDecisions": !decisions.isEmpty, "decisions": decisions,
                "attachments": attachments.map { AttachmentPresentation.values($0, link: "/espace/dossiers/\(id)/pieces/\($0.id)") },
                "maxSize": AttachmentPresentation.size(context.attachmentMaxBytes), "accepted": DocumentKind.acceptedLabel,
            ]
            values["submitted"] = dossier.submittedAt.map(ParisTime.frenchDateTime)
            values["requestedSubsidy"] = dossier.requestedSubsidy?.formattedFrench
            values["eligibleCostLabel"] = dossier.eligibleCost?.formattedFrench
            values["staffMessage"] = dossier.staffMessage
            if let rule = call.subsidyRule {
                values["innovation"] = ["rate": CallPresentation.rate(rule.rate), "cap": rule.cap.formattedFrench]
            }
            return values
        }
        guard let values else { throw WorkflowError.notFound("Aucun dossier ne porte cet identifiant.") }
        return gate.renderer.page("dossier", values, session: session, errors: errors, notice: notice, status: status)
    }
}
