import Access
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// Hosting offers as pages: the collectivité's form on the front (`/accueillir`, no account,
/// a double-submit token), and in the back office the list, an offer, and its answer.
struct HostingPagesController: Sendable {
    typealias Gate = AccountGate<TrainingPageRenderer>

    let gate: Gate
    let context: TrainingContext
    let formCookie: FormCookie
    private var renderer: TrainingPageRenderer { gate.renderer }
    private var desk: HostingDesk { HostingDesk(context: context) }

    static let notices = [
        "retenue": "La proposition est retenue : la session est créée en brouillon, et la collectivité en est informée.",
        "declinee": "La proposition est déclinée ; la collectivité reçoit votre message.",
    ]

    /// The fields of the collectivité's form, as typed.
    static let offerFields = ["collectivite", "collectiviteCode", "contactName", "contactEmail", "contactPhone", "proposedDates", "town",
                              "address", "room", "capacity", "message"]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/accueillir", use: offerForm)
        router.post("/accueillir", use: offer)
        router.get("/gestion/accueils", use: list)
        router.get("/gestion/accueils/{offer}", use: show)
        router.post("/gestion/accueils/{offer}/acceptation", use: accept)
        router.post("/gestion/accueils/{offer}/refus", use: decline)
    }

    /// `GET /accueillir`: the form a collectivité fills in to host a session.
    @Sendable func offerForm(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await offerPage(typed: nil, errors: [], status: .ok)
    }

    /// `POST /accueillir`: the offer is recorded and acknowledged by email.
    @Sendable func offer(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage { try await receive(request) }
    }

    private func receive(_ request: Request) async throws -> Response {
        let fields = try await FormFields.read(request)
        guard formCookie.isFresh(request, fields: fields) else {
            return try await offerPage(typed: fields, errors: [
                FieldError(field: "collectivite", message: "Le formulaire a expiré : vérifiez vos informations et envoyez-le à nouveau."),
            ], status: .forbidden)
        }
        var capacity: Int?
        if let text = fields.text("capacity") {
            guard let number = Int(text) else {
                return try await offerPage(typed: fields, errors: [FieldError(field: "capacity", message: "Le nombre de places doit être un nombre entier.")],
                                           status: .unprocessableContent)
            }
            capacity = number
        }
        let form = HostingOfferForm(
            collectivite: fields.text("collectivite"), collectiviteCode: fields.text("collectiviteCode"), department: fields.text("department"),
            contactName: fields.text("contactName"), contactEmail: fields.text("contactEmail"), contactPhone: fields.text("contactPhone"),
            kind: fields.text("kind").flatMap(TrainingFormat.init(rawValue:)), audience: nil, theme: fields.text("theme"),
            proposedDates: fields.text("proposedDates"), town: fields.text("town"), address: fields.text("address"), room: fields.text("room"),
            capacity: capacity, internetConnection: fields["internetConnection"] == "true", stepFreeAccess: fields["stepFreeAccess"] == "true",
            message: fields["message"])
        do {
            let offer = try await desk.receive(form)
            return renderer.front("offerReceived", [
                "collectivite": offer.collectivite, "kind": offer.kind.frenchLabel, "theme": offer.theme.label,
                "proposedDates": offer.proposedDates, "contactEmail": offer.contactEmail,
            ], status: .created)
        } catch TrainingError.invalid(let errors) {
            return try await offerPage(typed: fields, errors: errors, status: .unprocessableContent)
        }
    }

    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let offers = try await desk.list()
            return renderer.back("offers", ["offers": offers.map { offer -> [String: Any] in
                ["id": offer.id.description, "collectivite": offer.collectivite, "department": offer.department, "kind": offer.kind.frenchLabel,
                 "theme": offer.theme.label, "proposedDates": offer.proposedDates, "receivedOn": ParisTime.frenchDate(offer.receivedAt),
                 "status": offer.status.frenchLabel]
            }], session: session)
        }
    }

    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("offer", as: HostingOfferID.self)
            return try await offerPage(id, session: session, typed: nil, errors: [], status: .ok,
                                       notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
        }
    }

    /// The session is drafted from the offer and the form's title, day, times and trainer.
    @Sendable func accept(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("offer", as: HostingOfferID.self)
            let fields = try await gate.form(request, session: session)
            var (form, readErrors) = SessionForm.read(fields)
            // The offer says whether its room is connected and accessible; this form does not ask again.
            form.internetConnection = nil
            form.stepFreeAccess = nil
            do {
                guard readErrors.isEmpty else { throw TrainingError.invalid(readErrors) }
                _ = try await desk.accept(id, HostingDesk.Acceptance(session: form, message: fields["acceptMessage"]), by: session.account)
            } catch TrainingError.invalid(let errors) {
                readErrors += errors.filter { !readErrors.contains($0) }
                return try await offerPage(id, session: session, typed: fields, errors: readErrors, status: .unprocessableContent)
            }
            return PageResponses.redirect(to: "/gestion/accueils/\(id)?avis=retenue")
        }
    }

    @Sendable func decline(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("offer", as: HostingOfferID.self)
            let fields = try await gate.form(request, session: session)
            do {
                _ = try await desk.decline(id, HostingDesk.Refusal(message: fields["message"]))
            } catch TrainingError.invalid(let errors) {
                return try await offerPage(id, session: session, typed: fields, errors: errors, status: .unprocessableContent)
            }
            return PageResponses.redirect(to: "/gestion/accueils/\(id)?avis=declinee")
        }
    }

    private func offerPage(typed: FormFields?, errors: [FieldError], status: HTTPResponse.Status) async throws -> Response {
        let themes = try await context.database.withConnection { try await SessionRepository(logger: context.logger).themes(on: $0) }
        var values: [String: Any] = [
            "departments": SessionPresentation.departments(selected: typed?["department"]),
            "kinds": SessionPresentation.kinds(selected: typed?["kind"]),
            "themes": SessionPresentation.options(themes.map { ($0.code, $0.label) }, selected: typed?["theme"]),
        ]
        var typedValues: [String: Any] = Dictionary(uniqueKeysWithValues: Self.offerFields.map { ($0, typed?[$0] ?? "") })
        typedValues["internetConnection"] = typed.map { $0["internetConnection"] == "true" } ?? true
        typedValues["stepFreeAccess"] = typed.map { $0["stepFreeAccess"] == "true" } ?? true
        values["typed"] = typedValues
        return formCookie.page(token: SecretToken.generate()) { token in
            values["formToken"] = token
            return renderer.front("offerForm", values, errors: errors, status: status)
        }
    }

    private func offerPage(_ id: HostingOfferID, session: AccountSession<StaffRole>, typed: FormFields?, errors: [FieldError],
                           status: HTTPResponse.Status, notice: String? = nil) async throws -> Response {
        let offer = try await desk.find(id)
        var values: [String: Any] = [
            "id": offer.id.description, "collectivite": offer.collectivite, "departmentName": Department.name(of: offer.department) ?? "",
            "contactName": offer.contactName, "contactEmail": offer.contactEmail, "kind": offer.kind.frenchLabel,
            "audience": offer.audience.frenchLabel, "theme": offer.theme.label, "proposedDates": offer.proposedDates, "room": offer.room,
            "address": offer.address, "town": offer.town, "capacity": offer.capacity, "internetConnection": offer.internetConnection,
            "stepFreeAccess": offer.stepFreeAccess, "receivedOn": ParisTime.frenchDate(offer.receivedAt), "status": offer.status.frenchLabel,
            "waiting": offer.status == .received,
        ]
        values["collectiviteCode"] = offer.collectiviteCode
        values["contactPhone"] = offer.contactPhone
        values["message"] = offer.message
        values["answer"] = offer.answer
        values["sessionId"] = offer.sessionId?.description
        values["typed"] = Dictionary(uniqueKeysWithValues: ["title", "description", "day", "start", "end", "trainer", "acceptMessage", "message"]
            .map { ($0, typed?[$0] ?? "") })
        return renderer.back("offer", values, session: session, errors: errors, notice: notice, status: status)
    }
}
