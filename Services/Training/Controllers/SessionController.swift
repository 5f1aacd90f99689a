import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// `/api/sessions`: the catalogue for everyone, the sessions' life for staff.
struct SessionController: Sendable {
    let context: TrainingContext
    private func planner(_ actor: Account<StaffRole>) -> SessionPlanner { SessionPlanner(context: context, actor: actor) }
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }

    struct Cancellation: Codable, Sendable {
        var reason: String?
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/api/themes", use: themes)
        router.get("/api/sessions", use: catalogue)
        router.post("/api/sessions", use: create)
        router.get("/api/sessions/{session}", use: show)
        router.put("/api/sessions/{session}", use: edit)
        router.post("/api/sessions/{session}/open", use: open)
        router.post("/api/sessions/{session}/cancel", use: cancel)
        router.post("/api/sessions/{session}/close", use: close)
    }

    /// `GET /api/themes`: the themes sessions are about.
    @Sendable func themes(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[Theme]> {
        JSONBody(try await context.database.withConnection { try await sessions.themes(on: $0) })
    }

    /// `GET /api/sessions`: the open sessions to come, filtered as the front's search is.
    @Sendable func catalogue(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[TrainingSession]> {
        let filter = try CatalogueSearch(request, now: context.clock(), emptyMeansAll: false).filter
        return JSONBody(try await context.database.withConnection { try await sessions.list(filter, on: $0) })
    }

    /// `POST /api/sessions`: a draft (staff).
    @Sendable func create(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<TrainingSession> {
        let actor = try await context.accounts.bearer(of: request)
        let form = try await request.decodeJSON(SessionForm.self, multiLineFields: ["description"])
        return try await refusingAsProblems {
            JSONBody(try await planner(actor).save(form, id: TrainingSessionID(), creating: true), status: .created)
        }
    }

    /// `GET /api/sessions/{session}`: one session; drafts and cancelled sessions for staff only.
    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<TrainingSession> {
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        return try await refusingAsProblems {
            guard let session = try await context.database.withConnection({ try await sessions.find(id, on: $0) }) else {
                throw TrainingError.sessionNotFound
            }
            if session.status == .draft { _ = try await context.accounts.bearer(of: request) }
            return JSONBody(session)
        }
    }

    /// `PUT /api/sessions/{session}`: edits a session (staff); its capacity never below its confirmed count.
    @Sendable func edit(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<TrainingSession> {
        let actor = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        let form = try await request.decodeJSON(SessionForm.self, multiLineFields: ["description"])
        return try await refusingAsProblems { JSONBody(try await planner(actor).save(form, id: id, creating: false)) }
    }

    /// `POST /api/sessions/{session}/open`: publishes a draft (staff).
    @Sendable func open(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<TrainingSession> {
        let actor = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        return try await refusingAsProblems { JSONBody(try await planner(actor).open(id)) }
    }

    /// `POST /api/sessions/{session}/cancel`: calls a session off with the reason every registrant is told (staff).
    @Sendable func cancel(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<TrainingSession> {
        let actor = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        let form = try await request.decodeJSON(Cancellation.self, multiLineFields: ["reason"])
        return try await refusingAsProblems { JSONBody(try await planner(actor).cancel(id, reason: form.reason ?? "")) }
    }

    /// `POST /api/sessions/{session}/close`: marks a session that took place as held (staff).
    @Sendable func close(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<TrainingSession> {
        let actor = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        return try await refusingAsProblems { JSONBody(try await planner(actor).close(id)) }
    }
}
