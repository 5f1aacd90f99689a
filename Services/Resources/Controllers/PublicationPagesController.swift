import Events
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The staff's pages under `/gestion`: every publication, the form, publishing and archiving.
struct PublicationPagesController: Sendable {
    let gate: AccountGate<ResourcesPageRenderer>
    let context: ResourcesContext
    private var renderer: ResourcesPageRenderer { gate.renderer }
    private var desk: PublicationDesk { PublicationDesk(context: context) }

    static let notices = [
        "creee": "La publication est créée en brouillon : publiez-la quand elle est prête.", "modifiee": "La publication est modifiée.",
        "publiee": "La publication est en ligne ; les abonnés la recevront dans le prochain envoi.",
        "archivee": "La publication est archivée : elle quitte les listes et les flux, sa page reste accessible.",
        "fichier": "Le fichier est joint ; son texte entre dans la recherche s'il s'agit d'un PDF.",
    ]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion", use: list)
        router.get("/gestion/publications/nouvelle", use: newForm)
        router.post("/gestion/publications", use: create)
        router.get("/gestion/publications/{publication}", use: show)
        router.get("/gestion/publications/{publication}/modifier", use: editForm)
        router.post("/gestion/publications/{publication}/modifier", use: edit)
        router.post("/gestion/publications/{publication}/publication", use: publish)
        router.post("/gestion/publications/{publication}/archivage", use: archive)
        router.post("/gestion/publications/{publication}/fichiers", use: upload)
    }

    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let all = try await context.database.withConnection { try await PublicationRepository(logger: context.logger).all(on: $0) }
            return renderer.back("publications", ["publications": all.map { publication, status -> [String: Any] in
                ["id": publication.id.description, "title": publication.title, "kind": publication.kind.frenchLabel.capitalizedFirst,
                 "status": status.frenchLabel, "updated": ParisTime.frenchDate(publication.updatedAt)]
            }], session: session)
        }
    }

    @Sendable func newForm(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in formPage(nil, fields: nil, session: session, errors: []) }
    }

    @Sendable func create(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            try await save(try await gate.form(request, session: session), existing: nil, session: session)
        }
    }

    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            try await publicationPage(try await find(requestContext), session: session, errors: [], status: .ok,
                                      notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
        }
    }

    /// A file sent with the page's multipart form (its CSRF token among the fields).
    @Sendable func upload(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let publication = try await find(requestContext)
            let fileDesk = PublicationFileDesk(context: context)
            let form = try await fileDesk.readForm(request)
            try gate.checkCSRF(form.field("_csrf"), session: session)
            do {
                _ = try await fileDesk.attach(form.file("file"), to: publication.id, by: session.account.displayName)
            } catch let problem as Problem where [.unprocessableContent, .unsupportedMediaType, .contentTooLarge].contains(problem.status) {
                return try await publicationPage(publication, session: session, errors: problem.errors, status: problem.status, notice: nil)
            }
            return PageResponses.redirect(to: "/gestion/publications/\(publication.id)?avis=fichier")
        }
    }

    private func publicationPage(_ publication: Publication, session: AccountSession<StaffRole>, errors: [FieldError],
                                 status: HTTPResponse.Status, notice: String?) async throws -> Response {
        var values = CentrePagesController.values(publication.listing)
        values["status"] = publication.status.frenchLabel
        values["bodyHTML"] = publication.bodyHTML
        values["publishable"] = publication.status != .published
        values["archivable"] = publication.status == .published
        values["files"] = CentrePagesController.fileValues(try await PublicationFileDesk(context: context).files(of: publication.id))
        return renderer.back("publication", values, session: session, errors: errors, notice: notice, status: status)
    }

    @Sendable func editForm(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in formPage(try await find(requestContext), fields: nil, session: session, errors: []) }
    }

    @Sendable func edit(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let existing = try await find(requestContext)
            return try await save(try await gate.form(request, session: session), existing: existing, session: session)
        }
    }

    @Sendable func publish(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await transition(request, requestContext, notice: "publiee") { try await desk.publish($0, by: $1.account) }
    }

    @Sendable func archive(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await transition(request, requestContext, notice: "archivee") { try await desk.archive($0, by: $1.account) }
    }

    private func transition(_ request: Request, _ requestContext: PlatformRequestContext, notice: String,
                            _ change: @escaping (PublicationID, AccountSession<StaffRole>) async throws -> Publication) async throws -> Response {
        try await gate.action(request) { session in
            let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
            _ = try await change(id, session)
            return "/gestion/publications/\(id)?avis=\(notice)"
        }
    }

    private func save(_ fields: FormFields, existing: Publication?, session: AccountSession<StaffRole>) async throws -> Response {
        let form = PublicationForm(
            kind: fields.text("kind").flatMap(PublicationKind.init(rawValue:)), title: fields.text("title"), summary: fields["summary"],
            body: fields["body"], themes: fields.all("themes"), audiences: fields.all("audiences").compactMap(PublicationAudience.init(rawValue:)),
            authors: (fields["authors"] ?? "").components(separatedBy: .newlines), licence: fields.text("licence"),
            trainingMaterial: fields["trainingMaterial"] == "true", trainingSessionId: existing?.trainingSessionId)
        let id = existing?.id ?? PublicationID()
        do {
            _ = try await desk.save(form, id: id, creating: existing == nil, by: session.account)
        } catch let problem as Problem where problem.status == .unprocessableContent {
            return formPage(existing, fields: fields, session: session, errors: problem.errors)
        }
        return PageResponses.redirect(to: "/gestion/publications/\(id)?avis=\(existing == nil ? "creee" : "modifiee")")
    }

    private func formPage(_ existing: Publication?, fields: FormFields?, session: AccountSession<StaffRole>, errors: [FieldError]) -> Response {
        let themes = fields.map { Set($0.all("themes")) } ?? Set(existing?.themes ?? [])
        let audiences = fields.map { Set($0.all("audiences")) } ?? Set(existing?.audiences ?? [])
        let typed: [String: Any] = [
            "title": fields?["title"] ?? existing?.title ?? "", "summary": fields?["summary"] ?? existing?.summary ?? "",
            "body": fields?["body"] ?? existing?.body ?? "", "authors": fields?["authors"] ?? existing?.authors.joined(separator: "\n") ?? "",
            "licence": fields?["licence"] ?? existing?.licence ?? "",
            "trainingMaterial": fields.map { $0["trainingMaterial"] == "true" } ?? existing?.trainingMaterial ?? false,
        ]
        return renderer.back("form", [
            "heading": existing.map { "Modifier « \($0.title) »" } ?? "Nouvelle publication",
            "action": existing.map { "/gestion/publications/\($0.id)/modifier" } ?? "/gestion/publications",
            "typed": typed,
            "kinds": CentrePagesController.options(PublicationKind.allCases.map { ($0.rawValue, $0.frenchLabel.capitalizedFirst) },
                                                   selected: fields?["kind"] ?? existing?.kind.rawValue),
            "themes": ProgrammeTheme.brochure.map { ["code": $0.code, "label": $0.label, "selected": themes.contains($0.code)] },
            "audiences": PublicationAudience.allCases.map { ["code": $0.rawValue, "label": $0.frenchLabel, "selected": audiences.contains($0.rawValue)] },
        ], session: session, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func find(_ requestContext: PlatformRequestContext) async throws -> Publication {
        try await desk.find(try requestContext.parameters.identifier("publication", as: PublicationID.self))
    }
}
