import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The back office's check-in list (ticked on screen, or printed and signed) and the objective.
struct AttendancePagesController: Sendable {
    let gate: AccountGate<TrainingPageRenderer>
    let context: TrainingContext

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion/sessions/{session}/emargement", use: checkIn)
        router.post("/gestion/sessions/{session}/presences", use: record)
        router.get("/gestion/objectif", use: objective)
    }

    @Sendable func checkIn(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            let (found, registrations) = try await context.database.withConnection { connection in
                (try await SessionRepository(logger: context.logger).find(id, on: connection),
                 try await RegistrationRepository(logger: context.logger).list(of: id, on: connection))
            }
            guard let found else { throw TrainingError.sessionNotFound }
            var values = SessionPresentation.values(found, now: context.clock())
            let confirmed = registrations.filter { $0.status == .confirmed }
            values["count"] = confirmed.count
            values["registrations"] = confirmed.map { registration -> [String: Any] in
                ["id": registration.id.description, "name": registration.name ?? "(données effacées)", "role": registration.role.frenchLabel,
                 "collectivite": registration.collectivite ?? "", "attended": registration.attended]
            }
            return gate.renderer.back("checkIn", values, session: session)
        }
    }

    @Sendable func record(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            let fields = try await gate.form(request, session: session)
            let present = fields.all("present").compactMap { RegistrationID(uuidString: $0) }
            _ = try await AttendanceBook(context: context).record(present, of: id)
            return PageResponses.redirect(to: "/gestion/sessions/\(id)?avis=presences")
        }
    }

    @Sendable func objective(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let objective = try await context.database.withConnection { try await ObjectiveRepository(logger: context.logger).objective(on: $0) }
            func lines(_ lines: [Objective.Line]) -> [[String: Any]] { lines.map { ["label": $0.label, "trained": $0.trained] } }
            return gate.renderer.back("objective", [
                "trained": objective.trained, "plural": objective.trained > 1 ? "s" : "",
                "percent": String(format: "%.1f", Double(objective.trained) * 100 / Double(objective.target)).replacingOccurrences(of: ".", with: ","),
                "breakdowns": [
                    ["dimension": "département", "heading": "Département", "lines": lines(objective.byDepartment)],
                    ["dimension": "thème", "heading": "Thème", "lines": lines(objective.byTheme)],
                    ["dimension": "type de session", "heading": "Type", "lines": lines(objective.byKind)],
                ],
            ], session: session)
        }
    }
}
