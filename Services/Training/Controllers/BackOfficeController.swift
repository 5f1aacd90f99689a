import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// The staff's pages under `/gestion`: sessions, their registrations and waitlists, the
/// session form, and registering or cancelling on someone's behalf.
struct BackOfficeController: Sendable {
    typealias Gate = AccountGate<TrainingPageRenderer>

    let gate: Gate
    let context: TrainingContext
    private var renderer: TrainingPageRenderer { gate.renderer }
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }
    private func planner(_ session: AccountSession<StaffRole>) -> SessionPlanner { SessionPlanner(context: context, actor: session.account) }
    private var desk: RegistrationDesk { RegistrationDesk(context: context) }

    static let notices = [
        "creee": "La session est créée en brouillon : publiez-la quand elle est prête.",
        "modifiee": "La session est modifiée.", "publiee": "La session est publiée au catalogue.",
        "tenue": "La session est marquée comme tenue.", "annulee": "La session est annulée ; chaque inscrit en est informé.",
        "inscrit": "La personne est inscrite.", "desinscrit": "L'inscription est annulée.",
        "presences": "Les présences sont enregistrées ; la session est tenue.",
    ]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/gestion", use: list)
        router.get("/gestion/sessions/nouvelle", use: newForm)
        router.post("/gestion/sessions", use: create)
        router.get("/gestion/sessions/{session}", use: show)
        router.get("/gestion/sessions/{session}/modifier", use: editForm)
        router.post("/gestion/sessions/{session}/modifier", use: edit)
        router.post("/gestion/sessions/{session}/ouverture", use: open)
        router.post("/gestion/sessions/{session}/cloture", use: close)
        router.post("/gestion/sessions/{session}/annulation", use: cancel)
        router.post("/gestion/sessions/{session}/inscriptions", use: register)
        router.post("/gestion/sessions/{session}/inscriptions/{registration}/annulation", use: cancelRegistration)
    }

    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let now = context.clock()
            let all = try await context.database.withConnection { connection in
                try await sessions.list(SessionRepository.Filter(statuses: SessionStatus.allCases), on: connection)
            }
            return renderer.back("sessions", ["sessions": all.map { SessionPresentation.values($0, now: now) }], session: session,
                                 notice: notice(request))
        }
    }

    @Sendable func newForm(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in try await formPage(nil, fields: nil, session: session, errors: []) }
    }

    @Sendable func create(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let fields = try await gate.form(request, session: session)
            return try await save(fields, existing: nil, session: session)
        }
    }

    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            try await sessionPage(try requestContext.parameters.identifier("session", as: TrainingSessionID.self), session: session,
                                  notice: notice(request))
        }
    }

    @Sendable func editForm(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            try await formPage(try await find(requestContext), fields: nil, session: session, errors: [])
        }
    }

    @Sendable func edit(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let existing = try await find(requestContext)
            let fields = try await gate.form(request, session: session)
            return try await save(fields, existing: existing, session: session)
        }
    }

    @Sendable func open(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await transition(request, requestContext, notice: "publiee") { try await planner($1).open($0) }
    }

    @Sendable func close(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await transition(request, requestContext, notice: "tenue") { try await planner($1).close($0) }
    }

    @Sendable func cancel(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            let fields = try await gate.form(request, session: session)
            do {
                _ = try await planner(session).cancel(id, reason: fields["reason"] ?? "")
            } catch TrainingError.invalid(let errors) {
                return try await sessionPage(id, session: session, errors: errors, status: .unprocessableContent)
            }
            return PageResponses.redirect(to: "/gestion/sessions/\(id)?avis=annulee")
        }
    }

    @Sendable func register(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            let fields = try await gate.form(request, session: session)
            let form = RegistrationForm(name: fields.text("name"), email: fields.text("email"), role: fields.text("role"),
                                        collectivite: fields.text("collectivite"))
            switch form.validated() {
            case .failure(let failure):
                return try await sessionPage(id, session: session, typed: fields, errors: failure.errors, status: .unprocessableContent)
            case .success(let accepted):
                do {
                    _ = try await desk.register(accepted, to: id, onBehalf: true)
                } catch TrainingError.conflict(let detail) {
                    return try await sessionPage(id, session: session, typed: fields, errors: [FieldError(field: "email", message: detail)],
                                                 status: .conflict)
                }
                return PageResponses.redirect(to: "/gestion/sessions/\(id)?avis=inscrit")
            }
        }
    }

    @Sendable func cancelRegistration(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.action(request) { _ in
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            let registration = try requestContext.parameters.identifier("registration", as: RegistrationID.self)
            _ = try await desk.cancel(registration, of: id, onBehalf: true)
            return "/gestion/sessions/\(id)?avis=desinscrit"
        }
    }

    private func transition(_ request: Request, _ requestContext: PlatformRequestContext, notice: String,
                            _ change: @escaping (TrainingSessionID, AccountSession<StaffRole>) async throws -> TrainingSession) async throws -> Response {
        try await gate.action(request) { session in
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            _ = try await change(id, session)
            return "/gestion/sessions/\(id)?avis=\(notice)"
        }
    }

    private func save(_ fields: FormFields, existing: TrainingSession?, session: AccountSession<StaffRole>) async throws -> Response {
        let (form, readErrors) = SessionForm.read(fields)
        let id = existing?.id ?? TrainingSessionID()
        do {
            guard readErrors.isEmpty else { throw TrainingError.invalid(readErrors) }
            _ = try await planner(session).save(form, id: id, creating: existing == nil)
        } catch TrainingError.invalid(let errors) {
            return try await formPage(existing, fields: fields, session: session, errors: readErrors + errors.filter { !readErrors.contains($0) })
        }
        return PageResponses.redirect(to: "/gestion/sessions/\(id)?avis=\(existing == nil ? "creee" : "modifiee")")
    }

    private func formPage(_ existing: TrainingSession?, fields: FormFields?, session: AccountSession<StaffRole>,
                          errors: [FieldError]) async throws -> Response {
        let themes = try await context.database.withConnection { try await sessions.themes(on: $0) }
        return renderer.back("form", [
            "heading": existing == nil ? "Nouvelle session" : "Modifier « \(existing?.title ?? "") »",
            "action": existing.map { "/gestion/sessions/\($0.id)/modifier" } ?? "/gestion/sessions",
            "typed": SessionForm.typed(fields, session: existing),
            "kinds": SessionPresentation.kinds(selected: fields?["kind"] ?? existing?.kind.rawValue),
            "audiences": SessionPresentation.options(Audience.allCases.map { ($0.rawValue, $0.frenchLabel) },
                                                     selected: fields?["audience"] ?? existing?.audience.rawValue),
            "themes": SessionPresentation.options(themes.map { ($0.code, $0.label) }, selected: fields?["theme"] ?? existing?.theme.code),
            "departments": SessionPresentation.departments(selected: fields?["department"] ?? existing?.department),
        ], session: session, errors: errors, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func sessionPage(_ id: TrainingSessionID, session: AccountSession<StaffRole>, typed: FormFields? = nil, errors: [FieldError] = [],
                             status: HTTPResponse.Status = .ok, notice: String? = nil) async throws -> Response {
        let now = context.clock()
        let (found, registrations) = try await context.database.withConnection { connection in
            (try await sessions.find(id, on: connection), try await RegistrationRepository(logger: context.logger).list(of: id, on: connection))
        }
        guard let found else { throw TrainingError.sessionNotFound }
        var values = SessionPresentation.values(found, now: now)
        values["registrations"] = registrations.map { registration -> [String: Any] in
            ["id": registration.id.description, "sessionId": id.description, "name": registration.name ?? "(données effacées)",
             "email": registration.email ?? "", "role": registration.role.frenchLabel, "collectivite": registration.collectivite ?? "",
             "state": SessionPresentation.state(of: registration), "live": registration.status != .cancelled]
        }
        values["typed"] = ["name": typed?["name"] ?? "", "email": typed?["email"] ?? "", "collectivite": typed?["collectivite"] ?? ""]
        values["roles"] = SessionPresentation.roles(selected: typed?["role"])
        return renderer.back("session", values, session: session, errors: errors, notice: notice, status: status)
    }

    private func find(_ requestContext: PlatformRequestContext) async throws -> TrainingSession {
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        guard let found = try await context.database.withConnection({ try await sessions.find(id, on: $0) }) else {
            throw TrainingError.sessionNotFound
        }
        return found
    }

    private func notice(_ request: Request) -> String? {
        request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] }
    }
}
