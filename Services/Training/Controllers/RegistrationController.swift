import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// Registrations through the API: anyone registers; the manage link's token opens one's own
/// registration; staff list a session's and cancel on someone's behalf.
struct RegistrationController: Sendable {
    let context: TrainingContext
    private var desk: RegistrationDesk { RegistrationDesk(context: context) }
    private var registrations: RegistrationRepository { RegistrationRepository(logger: context.logger) }

    /// A registration made: its state, and the link (sent by email too) that manages it.
    struct Made: Codable, Sendable {
        var registration: Registration
        var manageLink: String
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.post("/api/sessions/{session}/registrations", use: register)
        router.get("/api/sessions/{session}/registrations", use: list)
        router.post("/api/sessions/{session}/registrations/{registration}/cancel", use: cancelOnBehalf)
        router.get("/api/registrations/{token}", use: show)
        router.post("/api/registrations/{token}/cancel", use: cancel)
        router.post("/api/registrations/{token}/erase", use: erase)
        router.post("/api/trainee-links", use: sendLink)
        router.get("/api/trainee-links/{token}/registrations", use: linked)
    }

    /// An address to send the "mes inscriptions" link to.
    struct LinkRequest: Codable, Sendable {
        var email: String?
    }

    /// `POST /api/trainee-links`: 202 whether the address registered or not; the link goes by email.
    @Sendable func sendLink(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let body = try await request.decodeJSON(LinkRequest.self)
        return try await refusingAsProblems {
            try await desk.sendLink(to: body.email ?? "")
            return Response(status: .accepted)
        }
    }

    /// `GET /api/trainee-links/{token}/registrations`: every registration of the link's person, with its session.
    @Sendable func linked(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[RegistrationDesk.Managed]> {
        let token = requestContext.parameters.get("token") ?? ""
        return try await refusingAsProblems {
            JSONBody(try await desk.registrations(of: try await desk.person(ofLink: token))
                .map { RegistrationDesk.Managed(registration: $0.0, session: $0.1) })
        }
    }

    /// How many registrations lost their personal data.
    struct Erased: Codable, Sendable {
        var erased: Int
    }

    /// `POST /api/registrations/{token}/erase`: the person's live registrations are cancelled,
    /// then their name, address and collectivité are forgotten on every registration.
    @Sendable func erase(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Erased> {
        let token = requestContext.parameters.get("token") ?? ""
        return try await refusingAsProblems { JSONBody(Erased(erased: try await desk.erase(try await desk.person(ofManageToken: token)))) }
    }

    /// `POST /api/sessions/{session}/registrations`: confirmed while places are left, waitlisted
    /// after; staff (with their token) register someone after the start too.
    @Sendable func register(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Made> {
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        // With a staff token, on someone's behalf (after the start too); without, the person themself.
        let onBehalf = request.headers[.authorization] != nil
        if onBehalf { _ = try await context.accounts.bearer(of: request) }
        let form = try await request.decodeJSON(RegistrationForm.self)
        return try await refusingAsProblems {
            let accepted = try form.validated().mapError { TrainingError.invalid($0.errors) }.get()
            let made = try await desk.register(accepted, to: id, onBehalf: onBehalf)
            return JSONBody(Made(registration: made.registration, manageLink: "\(context.publicURL)/inscriptions/\(made.manageToken)"),
                            status: .created)
        }
    }

    /// `GET /api/sessions/{session}/registrations`: confirmed, then the waitlist in order, then the cancelled (staff).
    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[Registration]> {
        _ = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        return JSONBody(try await context.database.withConnection { try await registrations.list(of: id, on: $0) })
    }

    /// `POST …/registrations/{registration}/cancel`: staff cancel on someone's behalf, after the deadline too.
    @Sendable func cancelOnBehalf(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Registration> {
        _ = try await context.accounts.bearer(of: request)
        let session = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
        let id = try requestContext.parameters.identifier("registration", as: RegistrationID.self)
        return try await refusingAsProblems { JSONBody(try await desk.cancel(id, of: session, onBehalf: true)) }
    }

    /// `GET /api/registrations/{token}`: the registration a manage link opens, with its session.
    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<RegistrationDesk.Managed> {
        let token = requestContext.parameters.get("token") ?? ""
        return try await refusingAsProblems { JSONBody(try await desk.managed(token)) }
    }

    /// `POST /api/registrations/{token}/cancel`: the registrant cancels, until the session's deadline.
    @Sendable func cancel(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Registration> {
        let token = requestContext.parameters.get("token") ?? ""
        return try await refusingAsProblems { JSONBody(try await desk.cancel(token: token)) }
    }
}
