import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The back office's annual diagnostics: the years frozen, and freezing one.
struct DiagnosticPagesController: Sendable {
    let gate: AccountGate<ResourcesPageRenderer>
    let context: ResourcesContext
    private var renderer: ResourcesPageRenderer { gate.renderer }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion/diagnostics", use: list)
        router.post("/gestion/diagnostics", use: freeze)
    }

    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            try await listPage(session: session, errors: [], status: .ok,
                               notice: request.uri.queryParameters["fige"].map { "Le diagnostic \($0) est figé et publié." })
        }
    }

    @Sendable func freeze(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let fields = try await gate.form(request, session: session)
            do {
                let snapshot = try await DiagnosticDesk(context: context).freeze(fields.text("year").flatMap(Int.init), by: session.account.displayName)
                return PageResponses.redirect(to: "/gestion/diagnostics?fige=\(snapshot.year)")
            } catch let problem as Problem where problem.status == .unprocessableContent || problem.status == .conflict {
                let errors = problem.errors.isEmpty ? [FieldError(field: "year", message: problem.detail ?? problem.title)] : problem.errors
                return try await listPage(session: session, errors: errors, status: problem.status, notice: nil)
            }
        }
    }

    private func listPage(session: AccountSession<StaffRole>, errors: [FieldError], status: HTTPResponse.Status, notice: String?) async throws -> Response {
        let snapshots = try await DiagnosticDesk(context: context).all()
        let years = try await context.database.withConnection { try await IndicatorRepository(logger: context.logger).years(on: $0) }
        let frozen = Set(snapshots.map(\.year))
        return renderer.back("diagnostics", [
            "snapshots": snapshots.map { ["year": $0.year, "frozenOn": ParisTime.frenchDate($0.frozenAt), "frozenBy": $0.frozenBy,
                                          "publication": $0.publicationId.description] },
            "years": years.filter { !frozen.contains($0) }.map { ["code": String($0), "label": String($0)] },
        ], session: session, errors: errors, notice: notice, status: status)
    }
}
