import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit

/// The frozen annual diagnostics: their list with the comparison of two years, each year's
/// page (the figures as frozen), and the API (`/api/diagnostics`, CORS for reading; freezing
/// for staff).
struct DiagnosticController: Sendable {
    let context: ResourcesContext
    let renderer: ResourcesPageRenderer
    private var desk: DiagnosticDesk { DiagnosticDesk(context: context) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/diagnostics", use: list)
        router.get("/diagnostics/{year}", use: page)
        let api = router.group("/api/diagnostics")
            .add(middleware: CORSMiddleware<PlatformRequestContext>(allowOrigin: .all, allowMethods: [.get, .head]))
        api.get(use: all)
        api.post(use: freeze)
        api.get("{year}", use: show)
    }

    /// `GET /diagnostics`: every frozen year; with `?a=2006&b=2007`, the two side by side.
    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let snapshots = try await desk.all()
            let query = request.formQuery
            var values: [String: Any] = [
                "snapshots": snapshots.map { ["year": $0.year, "frozenOn": ParisTime.frenchDate($0.frozenAt), "publication": $0.publicationId.description] },
                "first": Self.options(snapshots, selected: query["a"]), "second": Self.options(snapshots, selected: query["b"]),
                "comparable": snapshots.count >= 2,
            ]
            if let first = query["a"], let second = query["b"] {
                guard let a = snapshots.first(where: { String($0.year) == first }), let b = snapshots.first(where: { String($0.year) == second }) else {
                    throw Problem.invalid([FieldError(field: "a", message: "Choisissez deux années dont le diagnostic est figé.")])
                }
                let comparison = DiagnosticComparison(first: a, second: b)
                values["comparison"] = ["first": a.year, "second": b.year, "rows": comparison.rows.map {
                    ["label": $0.label, "first": $0.first, "second": $0.second, "change": $0.change]
                }]
            }
            return renderer.front("diagnostics", values)
        }
    }

    /// `GET /diagnostics/{year}`: the year's figures as they were frozen.
    @Sendable func page(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let snapshot = try await desk.find(try Self.year(requestContext))
            var values = IndicatorController.values(snapshot.figures, filter: IndicatorFilter(year: snapshot.year))
            values["year"] = snapshot.year
            values["frozenOn"] = ParisTime.frenchDate(snapshot.frozenAt)
            values["publication"] = snapshot.publicationId.description
            return renderer.front("diagnostic", values)
        }
    }

    /// `GET /api/diagnostics`: every frozen diagnostic, the latest year first.
    @Sendable func all(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[DiagnosticSnapshot]> {
        JSONBody(try await desk.all())
    }

    /// `GET /api/diagnostics/{year}`.
    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<DiagnosticSnapshot> {
        JSONBody(try await desk.find(try Self.year(requestContext)))
    }

    /// `POST /api/diagnostics` (staff): freezes a year, once.
    @Sendable func freeze(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<DiagnosticSnapshot> {
        let account = try await context.accounts.bearer(of: request)
        let body = try await request.decodeJSON(FreezeRequest.self)
        return JSONBody(try await desk.freeze(body.year, by: account.displayName), status: .created)
    }

    private static func year(_ requestContext: PlatformRequestContext) throws -> Int {
        guard let text = requestContext.parameters.get("year"), text.count == 4, let year = Int(text) else {
            throw Problem.notFound("Aucun diagnostic annuel ne porte ce nom.")
        }
        return year
    }

    private static func options(_ snapshots: [DiagnosticSnapshot], selected: String?) -> [[String: Any]] {
        snapshots.map { ["code": String($0.year), "label": String($0.year), "selected": String($0.year) == selected] }
    }
}
