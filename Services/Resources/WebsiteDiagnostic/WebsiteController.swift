import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The websites to diagnose, for staff: `GET|POST /api/websites`, `/gestion/sites` with its
/// form to add one by hand, and the diagnostic's batches (`/api/website-diagnostics`, and the
/// back office's buttons with the latest batch's progress).
struct WebsiteController: Sendable {
    let gate: AccountGate<ResourcesPageRenderer>
    let context: ResourcesContext
    let runner: DiagnosticBatchRunner
    private var renderer: ResourcesPageRenderer { gate.renderer }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/api/websites", use: list)
        router.post("/api/websites", use: add)
        router.get("/gestion/sites", use: page)
        router.post("/gestion/sites", use: addFromPage)
        router.post("/gestion/sites/diagnostic", use: startFromPage)
        router.post("/api/website-diagnostics", use: start)
        router.get("/api/website-diagnostics/{batch}", use: progress)
    }

    /// `POST /api/website-diagnostics` (staff): a batch over every site, or over `websiteIds`; the service runs it.
    @Sendable func start(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<DiagnosticBatch> {
        _ = try await context.accounts.bearer(of: request)
        let body = try await request.decodeJSON(BatchRequest.self)
        if let ids = body.websiteIds {
            for id in ids where try await find(id) == nil {
                throw Problem.invalid([FieldError(field: "websiteIds", message: "Aucun site ne porte l'identifiant \(id).")])
            }
            guard !ids.isEmpty else { throw Problem.invalid([FieldError(field: "websiteIds", message: "Nommez au moins un site, ou omettez la liste pour les diagnostiquer tous.")]) }
        }
        let id = try await runner.start(websiteIds: body.websiteIds)
        return JSONBody(try await batch(id), status: .accepted)
    }

    /// `GET /api/website-diagnostics/{id}` (staff): how far the batch got.
    @Sendable func progress(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<DiagnosticBatch> {
        _ = try await context.accounts.bearer(of: request)
        guard let id = requestContext.parameters.get("batch").flatMap(UUID.init(uuidString:)) else {
            throw Problem.notFound("Aucune campagne ne porte cet identifiant.")
        }
        return JSONBody(try await batch(id))
    }

    /// The back office's buttons: every site, or the one named by `site`.
    @Sendable func startFromPage(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let fields = try await gate.form(request, session: session)
            // One site's button names it; a name that is no site's must not widen into every site.
            var sites: [UUID]?
            if let text = fields["site"], !text.isEmpty {
                guard let site = UUID(uuidString: text), try await find(site) != nil else {
                    throw Problem.notFound("Ce site n'est pas dans la liste des sites à diagnostiquer.")
                }
                sites = [site]
            }
            _ = try await runner.start(websiteIds: sites)
            return PageResponses.redirect(to: "/gestion/sites?avis=campagne")
        }
    }

    private func find(_ website: UUID) async throws -> Website? {
        try await context.database.withConnection { try await WebsiteRepository(logger: context.logger).find(website, on: $0) }
    }

    private func batch(_ id: UUID) async throws -> DiagnosticBatch {
        let found = try await context.database.withConnection { try await DiagnosticBatchRepository(logger: context.logger).find(id, on: $0) }
        guard let found else { throw Problem.notFound("Aucune campagne ne porte cet identifiant.") }
        return found
    }

    /// `GET /api/websites` (staff).
    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[Website]> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await all())
    }

    /// `POST /api/websites` (staff): a site added by hand.
    @Sendable func add(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Website> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await save(try await request.decodeJSON(WebsiteForm.self)), status: .created)
    }

    @Sendable func page(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            try await listPage(session: session, typed: nil, errors: [], status: .ok,
                               notice: Self.notices[request.uri.queryParameters["avis"].map(String.init) ?? ""])
        }
    }

    @Sendable func addFromPage(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let fields = try await gate.form(request, session: session)
            do {
                _ = try await save(WebsiteForm(collectivite: fields["collectivite"], url: fields["url"], department: fields["department"],
                                               contactName: fields["contactName"], contactEmail: fields["contactEmail"]))
            } catch let problem as Problem where problem.status == .unprocessableContent {
                return try await listPage(session: session, typed: fields, errors: problem.errors, status: .unprocessableContent, notice: nil)
            }
            return PageResponses.redirect(to: "/gestion/sites?avis=ajoute")
        }
    }

    static let notices = [
        "ajoute": "Le site est ajouté à la liste des sites à diagnostiquer.",
        "campagne": "Le diagnostic est lancé\u{a0}; la progression s'affiche ci-dessous (rechargez la page).",
    ]

    private func save(_ form: WebsiteForm) async throws -> Website {
        let website = try form.validated(id: UUID(), now: context.clock()).mapError { Problem.invalid($0.errors) }.get()
        try await context.transaction { try await WebsiteRepository(logger: context.logger).save(website, on: $0) }
        return website
    }

    private func all() async throws -> [Website] {
        try await context.database.withConnection { try await WebsiteRepository(logger: context.logger).all(on: $0) }
    }

    private func listPage(session: AccountSession<StaffRole>, typed: FormFields?, errors: [FieldError], status: HTTPResponse.Status,
                          notice: String?) async throws -> Response {
        let (websites, scores, latest) = try await context.database.withConnection { connection in
            (try await WebsiteRepository(logger: context.logger).all(on: connection),
             try await WebsiteReportRepository(logger: context.logger).latestScores(on: connection),
             try await DiagnosticBatchRepository(logger: context.logger).latest(on: connection))
        }
        return renderer.back("websites", [
            "count": websites.count,
            "batch": latest.map { ["progress": $0.progressText, "startedOn": ParisTime.frenchDateTime($0.startedAt)] } as Any,
            "websites": websites.map { website -> [String: Any] in
                let score = scores[website.id]
                return ["id": website.id.uuidString, "collectivite": website.collectivite, "url": website.url,
                        "department": website.department.flatMap(Department.name(of:)) ?? "",
                        "source": website.source == .applications ? "Collectivité enregistrée" : "Ajouté par l'équipe",
                        "diagnosed": score != nil, "score": score.map { $0.score.map { "\($0)/100" } ?? "non noté" } ?? ""]
            },
            "typed": Dictionary(uniqueKeysWithValues: ["collectivite", "url", "contactName", "contactEmail"].map { ($0, typed?[$0] ?? "") }),
            "departments": Department.names.map { ["code": $0.code, "label": "\($0.name) (\($0.code))", "selected": $0.code == typed?["department"]] },
        ], session: session, errors: errors, notice: notice, status: status)
    }
}
