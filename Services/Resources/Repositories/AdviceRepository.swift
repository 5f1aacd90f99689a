import Foundation
import Logging
import Model
import PostgresNIO

/// The collectivités' questions, their answers and the FAQ, in the resources schema.
struct AdviceRepository: Sendable {
    let logger: Logger

    func insert(_ question: AdviceQuestion, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO advice_questions (id, collectivite, department, asker_name, asker_email, theme, question, faq_consent, asked_at)
            VALUES (\(question.id.uuid), \(question.collectivite), \(question.department), \(question.askerName), \(question.askerEmail),
                    \(question.theme), \(question.question), \(question.faqConsent), \(question.askedAt))
            """, logger: logger)
    }

    /// Records the answer and the FAQ's fields as they are now.
    func update(_ question: AdviceQuestion, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE advice_questions SET answer = \(question.answer), answered_by = \(question.answeredBy), answered_at = \(question.answeredAt),
                faq_question = \(question.faqQuestion), faq_answer = \(question.faqAnswer), faq_published_at = \(question.faqPublishedAt)
            WHERE id = \(question.id.uuid)
            """, logger: logger)
    }

    func find(_ id: AdviceQuestionID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> AdviceQuestion? {
        if forUpdate {
            try await connection.query("SELECT 1 FROM advice_questions WHERE id = \(id.uuid) FOR UPDATE", logger: logger)
        }
        let rows = try await connection.query("""
            SELECT id, collectivite, department, asker_name, asker_email, theme, question, faq_consent, asked_at, answer, answered_by,
                   answered_at, faq_question, faq_answer, faq_published_at
            FROM advice_questions WHERE id = \(id.uuid)
            """, logger: logger)
        for try await row in rows { return try Self.decode(row.makeRandomAccess()) }
        return nil
    }

    /// Every question for staff, those waiting for an answer first (the oldest first among
    /// them); or with `faqOnly` the FAQ's, the latest published first.
    func list(faqOnly: Bool, on connection: PostgresConnection) async throws -> [AdviceQuestion] {
        let rows = try await connection.query("""
            SELECT id, collectivite, department, asker_name, asker_email, theme, question, faq_consent, asked_at, answer, answered_by,
                   answered_at, faq_question, faq_answer, faq_published_at
            FROM advice_questions WHERE NOT \(faqOnly) OR faq_published_at IS NOT NULL
            ORDER BY answer IS NOT NULL, CASE WHEN answer IS NULL THEN asked_at END, coalesce(faq_published_at, answered_at) DESC
            LIMIT 500
            """, logger: logger)
        var questions: [AdviceQuestion] = []
        for try await row in rows { questions.append(try Self.decode(row.makeRandomAccess())) }
        return questions
    }

    private static func decode(_ row: PostgresRandomAccessRow) throws -> AdviceQuestion {
        AdviceQuestion(
            id: AdviceQuestionID(try row[0].decode(UUID.self)), collectivite: try row[1].decode(String.self),
            department: try row[2].decode(String?.self), askerName: try row[3].decode(String.self), askerEmail: try row[4].decode(String.self),
            theme: try row[5].decode(String?.self), question: try row[6].decode(String.self), faqConsent: try row[7].decode(Bool.self),
            askedAt: try row[8].decode(Date.self), answer: try row[9].decode(String?.self), answeredBy: try row[10].decode(String?.self),
            answeredAt: try row[11].decode(Date?.self), faqQuestion: try row[12].decode(String?.self), faqAnswer: try row[13].decode(String?.self),
            faqPublishedAt: try row[14].decode(Date?.self))
    }
}
