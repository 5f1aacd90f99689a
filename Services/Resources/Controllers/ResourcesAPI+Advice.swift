import Foundation
import Model
import ServiceKit

extension ResourcesAPI {
    static let adviceId = AdviceQuestionID(UUID(uuidString: "0e000000-0000-4000-8000-000000000004")!)

    static func advice(answered: Bool) -> AdviceQuestion {
        AdviceQuestion(
            id: adviceId, collectivite: "Commune de Foix", department: answered ? "09" : nil, askerName: "Paul Martin",
            askerEmail: "mairie@foix.example", theme: answered ? "services-aux-citoyens" : nil,
            question: "Comment ouvrir un point d'accès public à Internet ?", faqConsent: answered, askedAt: instant,
            answer: answered ? "Commencez par le guide des espaces publics numériques." : nil, answeredBy: answered ? "Équipe du centre" : nil,
            answeredAt: answered ? instant : nil, faqQuestion: answered ? "Comment ouvrir un point d'accès public ?" : nil,
            faqAnswer: answered ? "Commencez par le guide des espaces publics numériques." : nil, faqPublishedAt: answered ? instant : nil)
    }

    static let adviceRequest = AdviceRequest(collectivite: "Commune de Foix", department: "09", name: "Paul Martin", email: "mairie@foix.example",
                                             theme: "services-aux-citoyens", question: "Comment ouvrir un point d'accès public à Internet ?",
                                             faqConsent: true)
    static let adviceSchema = Schema.inferred(from: [advice(answered: true), advice(answered: false)])
    static let adviceResponse = Response(description: "Question", schema: adviceSchema, example: .encoding(advice(answered: true)))
    static let faqExample = FAQEntry(advice(answered: true))!
    static var faqExampleWithoutTheme: FAQEntry {
        var entry = faqExample
        entry.theme = nil
        return entry
    }

    static let advicePaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/advice-questions": [
            "post": OpenAPIDocument.operation(
                "askAdvice", "Pose une question au centre de ressources (conseil personnalisé) ; la réponse arrive par courriel.", tag: "conseil",
                body: .inferred(from: [adviceRequest, AdviceRequest()]), success: "201",
                Response(description: "Question reçue", schema: .inferred(from: [AdviceReceipt(id: adviceId, askedAt: instant)]),
                         example: .encoding(AdviceReceipt(id: adviceId, askedAt: instant))),
                security: []),
            "get": OpenAPIDocument.operation(
                "listAdviceQuestions", "Les questions reçues, celles qui attendent une réponse d'abord (équipe).", tag: "conseil",
                Response(description: "Questions", schema: .array(of: adviceSchema), example: .encoding([advice(answered: true)]))),
        ],
        "/api/advice-questions/{question}": ["get": OpenAPIDocument.operation("getAdviceQuestion", "Une question (équipe).", tag: "conseil",
                                                                             adviceResponse)],
        "/api/advice-questions/{question}/answer": ["post": OpenAPIDocument.operation(
            "answerAdvice", "Répond à une question, une seule fois ; la réponse est envoyée par courriel (équipe).", tag: "conseil",
            body: .inferred(from: [AdviceAnswer(question: nil, answer: "Commencez par le guide.")]), adviceResponse)],
        "/api/advice-questions/{question}/faq": ["post": OpenAPIDocument.operation(
            "publishAdviceInFAQ", "Publie dans la FAQ la version anonymisée d'une question répondue, si la personne l'a accepté (équipe).",
            tag: "conseil", body: .inferred(from: [AdviceAnswer(question: "Comment ouvrir un point d'accès public ?", answer: "Commencez par le guide.")]),
            adviceResponse)],
        "/api/faq": ["get": OpenAPIDocument.operation(
            "getFAQ", "La foire aux questions : questions et réponses publiées, anonymisées.", tag: "conseil",
            Response(description: "FAQ", schema: .array(of: .inferred(from: [faqExample, faqExampleWithoutTheme])), example: .encoding([faqExample])), security: [])],
    ]
}
