import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The websites to diagnose, for staff: `GET|POST /api/websites`, and `/gestion/sites` with its
/// form to add one by hand.
struct WebsiteController: Sendable {
    let gate: AccountGate<ResourcesPageRenderer>
    let context: ResourcesContext
    private var renderer: ResourcesPageRenderer { gate.renderer }

    func addRoutes(to router: some RouterMethods<BasicRequestContext>) {
        router.get("/api/websites", use: list)
        router.post("/api/websites", use: add)
        router.get("/gestion/sites", use: page)
        router.post("/gestion/sites", use: addFromPage)
    }

    /// `GET /api/websites` (staff).
    @Sendable func list(_ request: Request, context requestContext: BasicRequestContext) async throws -> JSONBody<[Website]> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await all())
    }

    /// `POST /api/websites` (staff): a site added by hand.
    @Sendable func add(_ request: Request, context requestContext: BasicRequestContext) async throws -> JSONBody<Website> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await save(try await request.decodeJSON(WebsiteForm.self)), status: .created)
    }

    @Sendable func page(_ request: Request, context requestContext: BasicRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            try await listPage(session: session, typed: nil, errors: [], status: .ok,
                               notice: request.uri.queryParameters["avis"] == "ajoute" ? "Le site est ajouté à la liste des sites à diagnostiquer." : nil)
        }
    }

    @Sendable func addFromPage(_ request: Request, context requestContext: BasicRequestContext) async throws -> Response {
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
        let websites = try await all()
        return renderer.back("websites", [
            "count": websites.count,
            "websites": websites.map { ["collectivite": $0.collectivite, "url": $0.url, "department": $0.department.flatMap(Department.name(of:)) ?? "",
                                        "source": $0.source == .applications ? "Collectivité enregistrée" : "Ajouté par l'équipe"] },
            "typed": Dictionary(uniqueKeysWithValues: ["collectivite", "url", "contactName", "contactEmail"].map { ($0, typed?[$0] ?? "") }),
            "departments": Department.names.map { ["code": $0.code, "label": "\($0.name) (\($0.code))", "selected": $0.code == typed?["department"]] },
        ], session: session, errors: errors, notice: notice, status: status)
    }
}
