import Access
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit
import StaffAccess

/// Personalised advice as pages: the collectivité's form (`/conseil`, no account, a
/// double-submit token) and the FAQ on the front; the questions, the answer and the FAQ's
/// version in the back office.
struct AdvicePagesController: Sendable {
    let gate: AccountGate<ResourcesPageRenderer>
    let context: ResourcesContext
    let formCookie: FormCookie
    private var renderer: ResourcesPageRenderer { gate.renderer }
    private var desk: AdviceDesk { AdviceDesk(context: context) }

    static let notices = [
        "repondue": "La réponse est enregistrée ; elle part par courriel à la personne qui a posé la question.",
        "faq": "La question est publiée dans la FAQ, anonymisée.",
    ]
    static let formFields = ["collectivite", "department", "name", "email", "theme", "question"]

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/conseil", use: form)
        router.post("/conseil", use: ask)
        router.get("/faq", use: faq)
        router.get("/gestion/conseils", use: list)
        router.get("/gestion/conseils/{question}", use: show)
        router.post("/gestion/conseils/{question}/reponse", use: answer)
        router.post("/gestion/conseils/{question}/faq", use: publishInFAQ)
    }

    /// `GET /conseil`: the question form.
    @Sendable func form(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        formPage(typed: nil, errors: [], status: .ok)
    }

    /// `POST /conseil`: the question is recorded; the answer will come by email.
    @Sendable func ask(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let fields = try await FormFields.read(request)
            guard formCookie.isFresh(request, fields: fields) else {
                return formPage(typed: fields, errors: [
                    FieldError(field: "question", message: "Le formulaire a expiré : vérifiez votre question et envoyez-la à nouveau."),
                ], status: .forbidden)
            }
            let adviceRequest = AdviceRequest(collectivite: fields["collectivite"], department: fields["department"], name: fields["name"],
                                              email: fields["email"], theme: fields["theme"], question: fields["question"],
                                              faqConsent: fields["faqConsent"] == "true")
            do {
                let question = try await desk.ask(adviceRequest)
                return renderer.front("adviceReceived", ["email": question.askerEmail], status: .created)
            } catch let problem as Problem where problem.status == .unprocessableContent {
                return formPage(typed: fields, errors: problem.errors, status: .unprocessableContent)
            }
        }
    }

    /// `GET /faq`: the published questions and answers.
    @Sendable func faq(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let entries = try await desk.list(faqOnly: true).compactMap(FAQEntry.init)
            return renderer.front("faq", ["entries": entries.map { entry -> [String: Any] in
                ["question": entry.question, "answer": entry.answer, "theme": entry.theme.map(ProgrammeTheme.label(of:)) ?? "",
                 "date": ParisTime.frenchDate(entry.publishedAt)]
            }])
        }
    }

    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let questions = try await desk.list(faqOnly: false)
            return renderer.back("adviceList", ["questions": questions.map { question -> [String: Any] in
                ["id": question.id.description, "askedOn": ParisTime.frenchDate(question.askedAt), "collectivite": question.collectivite,
                 "excerpt": question.question.count > 90 ? String(question.question.prefix(89)) + "…" : question.question,
                 "status": question.faqPublishedAt != nil ? "Dans la FAQ" : question.isAnswered ? "Répondue" : "En attente"]
            }], session: session)
        }
    }

    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let question = try await desk.find(try requestContext.parameters.identifier("question", as: AdviceQuestionID.self))
            return questionPage(question, session: session, typed: nil, errors: [], status: .ok,
                                notice: request.uri.queryParameters["avis"].flatMap { Self.notices[String($0)] })
        }
    }

    @Sendable func answer(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("question", as: AdviceQuestionID.self)
            let fields = try await gate.form(request, session: session)
            do {
                _ = try await desk.answer(id, with: fields["answer"], by: session.account.displayName)
            } catch let problem as Problem where problem.status == .unprocessableContent {
                return questionPage(try await desk.find(id), session: session, typed: fields, errors: problem.errors, status: .unprocessableContent)
            }
            return PageResponses.redirect(to: "/gestion/conseils/\(id)?avis=repondue")
        }
    }

    @Sendable func publishInFAQ(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await gate.page(request) { session in
            let id = try requestContext.parameters.identifier("question", as: AdviceQuestionID.self)
            let fields = try await gate.form(request, session: session)
            do {
                _ = try await desk.publishInFAQ(id, question: fields["faqQuestion"], answer: fields["faqAnswer"])
            } catch let problem as Problem where problem.status == .unprocessableContent {
                return questionPage(try await desk.find(id), session: session, typed: fields, errors: problem.errors, status: .unprocessableContent)
            }
            return PageResponses.redirect(to: "/gestion/conseils/\(id)?avis=faq")
        }
    }

    private func formPage(typed: FormFields?, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        var typedValues: [String: Any] = Dictionary(uniqueKeysWithValues: Self.formFields.map { ($0, typed?[$0] ?? "") })
        typedValues["faqConsent"] = typed?["faqConsent"] == "true"
        var values: [String: Any] = [
            "typed": typedValues,
            "departments": Department.names.map { ["code": $0.code, "label": "\($0.name) (\($0.code))", "selected": $0.code == typed?["department"]] },
            "themes": CentrePagesController.options(ProgrammeTheme.brochure.map { ($0.code, $0.label) }, selected: typed?["theme"]),
        ]
        return formCookie.page(token: SecretToken.generate()) { token in
            values["formToken"] = token
            return renderer.front("adviceForm", values, errors: errors, status: status)
        }
    }

    private func questionPage(_ question: AdviceQuestion, session: AccountSession<StaffRole>, typed: FormFields?, errors: [FieldError],
                              status: HTTPResponse.Status, notice: String? = nil) -> Response {
        var values: [String: Any] = [
            "id": question.id.description, "collectivite": question.collectivite, "askedOn": ParisTime.frenchDate(question.askedAt),
            "askerName": question.askerName, "askerEmail": question.askerEmail, "faqConsent": question.faqConsent, "question": question.question,
            "waiting": !question.isAnswered, "canJoinFAQ": question.canJoinFAQ, "inFAQ": question.faqPublishedAt != nil,
            "typed": [
                "answer": typed?["answer"] ?? "",
                "faqQuestion": typed?["faqQuestion"] ?? question.anonymised(question.question),
                "faqAnswer": typed?["faqAnswer"] ?? question.anonymised(question.answer ?? ""),
            ],
        ]
        values["departmentName"] = question.department.flatMap(Department.name(of:))
        values["theme"] = question.theme.map(ProgrammeTheme.label(of:))
        values["answer"] = question.answer
        values["answeredBy"] = question.answeredBy
        values["answeredOn"] = question.answeredAt.map(ParisTime.frenchDate)
        values["faqOn"] = question.faqPublishedAt.map(ParisTime.frenchDate)
        return renderer.back("adviceQuestion", values, session: session, errors: errors, notice: notice, status: status)
    }
}
