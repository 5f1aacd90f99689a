import Foundation
import Model

/// The resource centre's staff answered a collectivité's question (personalised advice,
/// `resources.v1`): the notifications service emails the answer to the person who asked.
public struct AdviceAnswered: EventPayload {
    public static let eventType = "AdviceAnswered"
    public static let eventVersion = 1
    public static let topic = Topic.resources
    public var aggregateKey: String { questionId.description }

    public var questionId: AdviceQuestionID
    /// The collectivité the question came from.
    public var collectivite: String
    /// Who asked, and where the answer goes.
    public var asker: ContactPerson
    public var question: String
    public var answer: String
    /// Whether the asker agreed that the question and its answer be published, anonymised, in the FAQ.
    public var faqConsent: Bool
    public var answeredAt: Date

    public init(questionId: AdviceQuestionID, collectivite: String, asker: ContactPerson, question: String, answer: String,
                faqConsent: Bool, answeredAt: Date) {
        self.questionId = questionId
        self.collectivite = collectivite
        self.asker = asker
        self.question = question
        self.answer = answer
        self.faqConsent = faqConsent
        self.answeredAt = answeredAt
    }
}
