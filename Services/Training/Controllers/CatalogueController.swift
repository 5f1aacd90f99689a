import Access
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit

/// The public front: the catalogue and its search, a session's page, registering, and the
/// registrant's own page reached by the link of their email. No account: public forms carry a
/// double-submit token.
struct CatalogueController: Sendable {
    let context: TrainingContext
    let renderer: TrainingPageRenderer
    let formCookie: FormCookie
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }
    private var desk: RegistrationDesk { RegistrationDesk(context: context) }

    static let notices = [
        "confirmee": "Votre inscription est confirmée. Un courriel de confirmation vous est envoyé avec ce lien.",
        "attente": "La session est complète : vous êtes en liste d'attente. Un courriel vous est envoyé avec ce lien ; si une place se libère, vous êtes prévenu.",
        "annulee": "Votre inscription est annulée.",
    ]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/", use: catalogue)
        router.get("/sessions/{session}", use: session)
        router.post("/sessions/{session}/inscription", use: register)
        router.get("/inscriptions/{token}", use: manage)
        router.post("/inscriptions/{token}/annulation", use: cancel)
        router.post("/inscriptions/{token}/effacement", use: erase)
    }

    /// `GET /`: the open sessions to come, searched by département, theme, kind and first day; the
    /// same search within a second is served from memory (see `TrainingContext.catalogue`).
    @Sendable func catalogue(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let now = context.clock()
            let search = try CatalogueSearch(request, now: now, emptyMeansAll: true)
            return try await context.catalogue.page(search.key) {
                let (found, themes) = try await context.database.withConnection { connection in
                    (try await sessions.list(search.filter, on: connection), try await sessions.themes(on: connection))
                }
                return renderer.frontHTML("catalogue", [
                    "sessions": found.map { SessionPresentation.values($0, now: now) }, "count": found.count, "plural": found.count > 1 ? "s" : "",
                    "departments": SessionPresentation.departments(selected: search.department),
                    "themes": SessionPresentation.options(themes.map { ($0.code, $0.label) }, selected: search.theme),
                    "kinds": SessionPresentation.kinds(selected: search.kind?.rawValue), "from": search.from?.description ?? "",
                ])
            }
        }
    }

    /// `GET /sessions/{session}`: the session, its places, venue and access, and the registration form.
    @Sendable func session(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            return try await sessionPage(id, typed: nil, errors: [])
        }
    }

    /// `POST /sessions/{session}/inscription`: registers, then shows the registrant's own page.
    @Sendable func register(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let id = try requestContext.parameters.identifier("session", as: TrainingSessionID.self)
            let fields = try await FormFields.read(request)
            guard formCookie.isFresh(request, fields: fields) else {
                return try await sessionPage(id, typed: fields, status: .forbidden, errors: [
                    FieldError(field: "name", message: "Le formulaire a expiré : vérifiez vos informations et envoyez-le à nouveau."),
                ])
            }
            let form = RegistrationForm(name: fields.text("name"), email: fields.text("email"), role: fields.text("role"),
                                        collectivite: fields.text("collectivite"))
            switch form.validated() {
            case .failure(let failure):
                return try await sessionPage(id, typed: fields, status: .unprocessableContent, errors: failure.errors)
            case .success(let accepted):
                do {
                    let made = try await desk.register(accepted, to: id)
                    let notice = made.registration.status == .confirmed ? "confirmee" : "attente"
                    return PageResponses.redirect(to: "/inscriptions/\(made.manageToken)?avis=\(notice)")
                } catch TrainingError.conflict(let detail) {
                    return try await sessionPage(id, typed: fields, status: .conflict, errors: [FieldError(field: "email", message: detail)])
                }
            }
        }
    }

    /// `GET /inscriptions/{token}`: the registrant's own page, with the cancellation until the deadline.
    @Sendable func manage(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let token = requestContext.parameters.get("token") ?? ""
            let managed = try await desk.managed(token)
            let now = context.clock()
            var values = SessionPresentation.values(managed.session, now: now)
            let registration = managed.registration
            values["sessionId"] = managed.session.id.description
            values["token"] = token
            values["name"] = registration.name ?? ""
            values["role"] = registration.role.frenchLabel
            values["collectivite"] = registration.collectivite ?? ""
            values["state"] = SessionPresentation.state(of: registration)
            values["cancellable"] = registration.status != .cancelled && now <= managed.session.cancellationDeadline
                && registration.email != nil
            values["others"] = try await desk.registrations(of: try await desk.person(ofManageToken: token)).filter { $0.0.id != registration.id }.map { other, session in
                ["sessionId": session.id.description, "title": session.title, "date": ParisTime.frenchDate(session.startsAt),
                 "state": SessionPresentation.state(of: other)]
            }
            let notice = request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] }
            return formCookie.page(token: SecretToken.generate()) { formToken in
                values["formToken"] = formToken
                return renderer.front("manage", values, notice: notice)
            }
        }
    }

    /// `POST /inscriptions/{token}/annulation`: the registrant cancels, until the session's deadline.
    @Sendable func cancel(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await registrantForm(request, requestContext) { token in
            _ = try await desk.cancel(token: token)
            return PageResponses.redirect(to: "/inscriptions/\(token)?avis=annulee")
        }
    }

    /// `POST /inscriptions/{token}/effacement`: the person's data are erased.
    @Sendable func erase(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await registrantForm(request, requestContext) { token in
            let erased = try await desk.erase(try await desk.person(ofManageToken: token))
            return renderer.front("error", ["heading": "Vos données sont effacées",
                                            "detail": "Vos inscriptions en cours sont annulées, et vos nom, adresse et collectivité sont effacés de \(erased) inscription\(erased > 1 ? "s" : "")."])
        }
    }

    /// A form of the registrant's page: its token in the path, its double-submit token checked.
    private func registrantForm(_ request: Request, _ requestContext: PlatformRequestContext,
                                _ body: (String) async throws -> Response) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let token = requestContext.parameters.get("token") ?? ""
            let fields = try await FormFields.read(request)
            guard formCookie.isFresh(request, fields: fields) else {
                return renderer.frontRefusal(.forbidden, heading: "Formulaire expiré",
                                             detail: "Ce formulaire n'est plus valable. Rouvrez le lien de votre inscription et recommencez.")
            }
            return try await body(token)
        }
    }

    private func sessionPage(_ id: TrainingSessionID, typed: FormFields?, status: HTTPResponse.Status = .ok,
                             errors: [FieldError]) async throws -> Response {
        let now = context.clock()
        let (session, materials) = try await context.database.withConnection { connection in
            (try await sessions.find(id, on: connection), try await TrainingMaterialRepository(logger: context.logger).materials(of: id, on: connection))
        }
        guard let session, session.status != .draft else { throw TrainingError.sessionNotFound }
        var values = SessionPresentation.values(session, now: now)
        values["typed"] = ["name": typed?["name"] ?? "", "email": typed?["email"] ?? "", "collectivite": typed?["collectivite"] ?? ""]
        values["roles"] = SessionPresentation.roles(selected: typed?["role"])
        values["materials"] = materials.map { ["title": $0.title, "url": $0.url] }
        return formCookie.page(token: SecretToken.generate()) { token in
            values["formToken"] = token
            return renderer.front("session", values, errors: errors, status: status)
        }
    }
}
