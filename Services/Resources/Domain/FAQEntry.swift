import Foundation

/// A question and its answer as the FAQ shows them: anonymised, with their theme.
struct FAQEntry: Codable, Sendable, Equatable {
    var question: String
    var answer: String
    var theme: String?
    var publishedAt: Date

    init?(_ advice: AdviceQuestion) {
        guard let question = advice.faqQuestion, let answer = advice.faqAnswer, let publishedAt = advice.faqPublishedAt else { return nil }
        self.question = question
        self.answer = answer
        self.theme = advice.theme
        self.publishedAt = publishedAt
    }
}
