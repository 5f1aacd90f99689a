import Access
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit

/// "Mes inscriptions" without a password: a person asks for a link by address, and the link
/// opens all their registrations (cancel, certificates, erasing their data). An attendee's
/// certificate is also reached from a registration's own link.
struct TraineeController: Sendable {
    let context: TrainingContext
    let renderer: TrainingPageRenderer
    let formCookie: FormCookie
    private var desk: RegistrationDesk { RegistrationDesk(context: context) }

    static let notices = [
        "envoye": "Si cette adresse a des inscriptions, un lien vers elles vient de lui être envoyé. Il est valable une semaine.",
        "annulee": "L'inscription est annulée.",
    ]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/mes-inscriptions", use: ask)
        router.post("/mes-inscriptions", use: sendLink)
        router.get("/mes-inscriptions/{token}", use: mine)
        router.post("/mes-inscriptions/{token}/inscriptions/{registration}/annulation", use: cancel)
        router.post("/mes-inscriptions/{token}/effacement", use: erase)
        router.get("/mes-inscriptions/{token}/attestations/{registration}", use: certificate)
        router.get("/inscriptions/{token}/attestation", use: registrationCertificate)
    }

    /// `GET /mes-inscriptions`: the address to send the link to.
    @Sendable func ask(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        askPage(typed: "", errors: [], status: .ok, notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
    }

    /// `POST /mes-inscriptions`: the same answer whether the address registered or not.
    @Sendable func sendLink(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let fields = try await FormFields.read(request)
            guard formCookie.isFresh(request, fields: fields) else {
                return askPage(typed: fields["email"] ?? "", errors: [
                    FieldError(field: "email", message: "Le formulaire a expiré : indiquez à nouveau votre adresse."),
                ], status: .forbidden)
            }
            do {
                try await desk.sendLink(to: fields["email"] ?? "")
            } catch TrainingError.invalid(let errors) {
                return askPage(typed: fields["email"] ?? "", errors: errors, status: .unprocessableContent)
            }
            return PageResponses.redirect(to: "/mes-inscriptions?avis=envoye")
        }
    }

    /// `GET /mes-inscriptions/{token}`: every registration of the person, with what they may do.
    @Sendable func mine(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let token = requestContext.parameters.get("token") ?? ""
            let person = try await desk.person(ofLink: token)
            let now = context.clock()
            var values: [String: Any] = ["token": token]
            let notice = request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] }
            let rows = try await desk.registrations(of: person).map { registration, session -> [String: Any] in
                ["id": registration.id.description, "sessionId": session.id.description, "title": session.title,
                 "date": ParisTime.frenchDate(session.startsAt), "town": session.town, "state": SessionPresentation.state(of: registration),
                 "cancellable": registration.status != .cancelled && registration.email != nil && now <= session.cancellationDeadline,
                 "attended": registration.attended && registration.name != nil, "token": token]
            }
            return formCookie.page(token: SecretToken.generate()) { formToken in
                values["formToken"] = formToken
                values["registrations"] = rows.map { $0.merging(["formToken": formToken]) { own, _ in own } }
                return renderer.front("mine", values, notice: notice)
            }
        }
    }

    @Sendable func cancel(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await linkForm(request, requestContext) { token, person in
            let id = try requestContext.parameters.identifier("registration", as: RegistrationID.self)
            _ = try await desk.cancel(id, of: person)
            return PageResponses.redirect(to: "/mes-inscriptions/\(token)?avis=annulee")
        }
    }

    @Sendable func erase(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await linkForm(request, requestContext) { _, person in
            let erased = try await desk.erase(person)
            return renderer.front("error", ["heading": "Vos données sont effacées",
                                            "detail": "Vos inscriptions en cours sont annulées, et vos nom, adresse et collectivité sont effacés de \(erased) inscription\(erased > 1 ? "s" : "")."])
        }
    }

    /// `GET /mes-inscriptions/{token}/attestations/{registration}`: a printable certificate of attendance.
    @Sendable func certificate(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let person = try await desk.person(ofLink: requestContext.parameters.get("token") ?? "")
            let id = try requestContext.parameters.identifier("registration", as: RegistrationID.self)
            let (registration, session) = try await desk.registration(id, of: person)
            return try certificatePage(registration, session)
        }
    }

    /// `GET /inscriptions/{token}/attestation`: the certificate of the registration a manage link opens.
    @Sendable func registrationCertificate(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let managed = try await desk.managed(requestContext.parameters.get("token") ?? "")
            return try certificatePage(managed.registration, managed.session)
        }
    }

    private func certificatePage(_ registration: Registration, _ session: TrainingSession) throws -> Response {
        guard registration.attended, let name = registration.name else {
            throw TrainingError.notFound("Aucune présence n'est enregistrée pour cette inscription : l'attestation n'existe pas.")
        }
        var values = SessionPresentation.values(session, now: context.clock())
        values["name"] = name
        values["role"] = registration.role.frenchLabel
        values["collectivite"] = registration.collectivite
        values["today"] = ParisTime.frenchDate(context.clock())
        return renderer.front("certificate", values)
    }

    private func askPage(typed: String, errors: [FieldError], status: HTTPResponse.Status, notice: String? = nil) -> Response {
        formCookie.page(token: SecretToken.generate()) { formToken in
            renderer.front("ask", ["formToken": formToken, "typed": ["email": typed]], errors: errors, notice: notice, status: status)
        }
    }

    /// A form of the "mes inscriptions" page: the link's token in the path, its double-submit token checked.
    private func linkForm(_ request: Request, _ requestContext: PlatformRequestContext,
                          _ body: (String, Data) async throws -> Response) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let token = requestContext.parameters.get("token") ?? ""
            let fields = try await FormFields.read(request)
            guard formCookie.isFresh(request, fields: fields) else {
                return renderer.frontRefusal(.forbidden, heading: "Formulaire expiré",
                                             detail: "Ce formulaire n'est plus valable. Rouvrez le lien de vos inscriptions et recommencez.")
            }
            return try await body(token, try await desk.person(ofLink: token))
        }
    }
}
