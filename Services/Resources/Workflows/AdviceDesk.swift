import Events
import Foundation
import Model
import Persistence
import PostgresNIO
import ServiceKit

/// Personalised advice: a collectivité asks, staff answer once (`AdviceAnswered`, in the same
/// transaction, becomes the asker's email), and with the asker's consent staff publish an
/// anonymised version in the FAQ.
struct AdviceDesk: Sendable {
    let context: ResourcesContext
    private var questions: AdviceRepository { AdviceRepository(logger: context.logger) }

    static let notFound = Problem.notFound("Cette question n'existe pas.")

    func ask(_ request: AdviceRequest) async throws -> AdviceQuestion {
        let question = try request.validated(id: AdviceQuestionID(), now: context.clock()).mapError { Problem.invalid($0.errors) }.get()
        try await context.database.withConnection { try await questions.insert(question, on: $0) }
        return question
    }

    /// Records staff's answer and announces it; a question is answered once.
    func answer(_ id: AdviceQuestionID, with text: String?, by staffName: String) async throws -> AdviceQuestion {
        let answer = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if answer.isEmpty { errors.append(FieldError(field: "answer", message: "Écrivez la réponse.")) }
        if answer.count > 20_000 { errors.append(FieldError(field: "answer", message: "La réponse ne doit pas dépasser 20 000 caractères.")) }
        if let refusal = TextInput.refusal(of: answer, field: "answer", multiLine: true) { errors.append(refusal) }
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        let now = context.clock()
        return try await context.transaction { connection in
            guard var question = try await questions.find(id, forUpdate: true, on: connection) else { throw Self.notFound }
            guard !question.isAnswered else { throw Problem.conflict("Cette question a déjà reçu sa réponse.") }
            question.answer = answer
            question.answeredBy = staffName
            question.answeredAt = now
            try await questions.update(question, on: connection)
            let event = AdviceAnswered(
                questionId: question.id, collectivite: question.collectivite,
                asker: ContactPerson(name: question.askerName, email: question.askerEmail), question: question.question, answer: answer,
                faqConsent: question.faqConsent, answeredAt: now)
            try await Outbox.append(EventEnvelope(source: "resources", data: event), on: connection, logger: context.logger)
            return question
        }
    }

    /// Publishes staff's anonymised version in the FAQ: only an answered question whose asker agreed.
    func publishInFAQ(_ id: AdviceQuestionID, question faqQuestion: String?, answer faqAnswer: String?) async throws -> AdviceQuestion {
        var errors: [FieldError] = []
        func text(_ value: String?, _ field: String, _ message: String) -> String {
            let value = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { errors.append(FieldError(field: field, message: message)) }
            if value.count > 20_000 { errors.append(FieldError(field: field, message: "Ce champ ne doit pas dépasser 20 000 caractères.")) }
            if let refusal = TextInput.refusal(of: value, field: field, multiLine: true) { errors.append(refusal) }
            return value
        }
        let shownQuestion = text(faqQuestion, "faqQuestion", "Écrivez la question telle que la FAQ la montrera.")
        let shownAnswer = text(faqAnswer, "faqAnswer", "Écrivez la réponse telle que la FAQ la montrera.")
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        let now = context.clock()
        return try await context.transaction { connection in
            guard var question = try await questions.find(id, forUpdate: true, on: connection) else { throw Self.notFound }
            guard question.faqConsent else { throw Problem.conflict("La personne qui a posé cette question n'a pas accepté sa publication.") }
            guard question.canJoinFAQ else {
                throw Problem.conflict(question.isAnswered ? "Cette question est déjà dans la FAQ." : "Répondez d'abord à la question.")
            }
            question.faqQuestion = shownQuestion
            question.faqAnswer = shownAnswer
            question.faqPublishedAt = now
            try await questions.update(question, on: connection)
            return question
        }
    }

    func find(_ id: AdviceQuestionID) async throws -> AdviceQuestion {
        guard let found = try await context.database.withConnection({ try await questions.find(id, on: $0) }) else { throw Self.notFound }
        return found
    }

    func list(faqOnly: Bool) async throws -> [AdviceQuestion] {
        try await context.database.withConnection { try await questions.list(faqOnly: faqOnly, on: $0) }
    }
}
