import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// Personalised advice through the API: a collectivité asks (`POST /api/advice-questions`), staff
/// list, answer and publish in the FAQ; the FAQ is open to partner sites (`GET /api/faq`, CORS).
struct AdviceController: Sendable {
    let context: ResourcesContext
    private var desk: AdviceDesk { AdviceDesk(context: context) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.post("/api/advice-questions", use: ask)
        router.get("/api/advice-questions", use: list)
        router.get("/api/advice-questions/{question}", use: show)
        router.post("/api/advice-questions/{question}/answer", use: answer)
        router.post("/api/advice-questions/{question}/faq", use: publishInFAQ)
        router.group("/api/faq").add(middleware: CORSMiddleware<PlatformRequestContext>(allowOrigin: .all, allowMethods: [.get, .head]))
            .get(use: faq)
    }

    /// `POST /api/advice-questions`: a question from a collectivité (no account).
    @Sendable func ask(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<AdviceReceipt> {
        let body = try await request.decodeJSON(AdviceRequest.self, multiLineFields: ["question"])
        let question = try await desk.ask(body)
        return JSONBody(AdviceReceipt(id: question.id, askedAt: question.askedAt), status: .created)
    }

    /// `GET /api/advice-questions` (staff): those waiting for an answer first.
    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[AdviceQuestion]> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await desk.list(faqOnly: false))
    }

    /// `GET /api/advice-questions/{question}` (staff).
    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<AdviceQuestion> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await desk.find(try requestContext.parameters.identifier("question", as: AdviceQuestionID.self)))
    }

    /// `POST /api/advice-questions/{question}/answer` (staff): once; the asker is emailed.
    @Sendable func answer(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<AdviceQuestion> {
        let account = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("question", as: AdviceQuestionID.self)
        let body = try await request.decodeJSON(AdviceAnswer.self, multiLineFields: ["answer"])
        return JSONBody(try await desk.answer(id, with: body.answer, by: account.displayName))
    }

    /// `POST /api/advice-questions/{question}/faq` (staff): the anonymised version, in the FAQ.
    @Sendable func publishInFAQ(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<AdviceQuestion> {
        _ = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("question", as: AdviceQuestionID.self)
        let body = try await request.decodeJSON(AdviceAnswer.self, multiLineFields: ["question", "answer"])
        return JSONBody(try await desk.publishInFAQ(id, question: body.question, answer: body.answer))
    }

    /// `GET /api/faq`: the published questions and answers, anonymised.
    @Sendable func faq(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[FAQEntry]> {
        JSONBody(try await desk.list(faqOnly: true).compactMap(FAQEntry.init))
    }
}
