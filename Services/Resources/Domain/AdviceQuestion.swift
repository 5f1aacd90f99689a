import Foundation
import Model

/// A collectivité's question to the resource centre, its answer, and its place in the FAQ.
struct AdviceQuestion: Codable, Sendable, Equatable {
    var id: AdviceQuestionID
    var collectivite: String
    var department: String?
    var askerName: String
    var askerEmail: String
    /// A programme theme's code, if the asker chose one.
    var theme: String?
    var question: String
    /// Whether the asker agreed to an anonymised publication in the FAQ.
    var faqConsent: Bool
    var askedAt: Date
    var answer: String?
    var answeredBy: String?
    var answeredAt: Date?
    var faqQuestion: String?
    var faqAnswer: String?
    var faqPublishedAt: Date?

    var isAnswered: Bool { answer != nil }

    /// Whether staff may put it in the FAQ: answered, agreed to, not there yet.
    var canJoinFAQ: Bool { isAnswered && faqConsent && faqPublishedAt == nil }

    /// A text with the asker's name, address and collectivité taken out: the FAQ's starting
    /// point, which staff read and edit before publishing.
    func anonymised(_ text: String) -> String {
        var result = text
        let identifying = [askerEmail, askerName, collectivite, Self.placeName(of: collectivite)] + askerName.split(separator: " ").map(String.init)
        for words in identifying where words.count >= 3 {
            result = result.replacingOccurrences(of: words, with: "[…]", options: .caseInsensitive)
        }
        return result
    }

    /// "Saint-Lizier" for "Commune de Saint-Lizier": people write the place without the kind of body.
    static func placeName(of collectivite: String) -> String {
        let pattern = #"^(commune|ville|mairie|communauté de communes|communauté d'agglomération|syndicat intercommunal|pays)( de la| de l'| des| du| de| d')?\s*"#
        guard let range = collectivite.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { return collectivite }
        return String(collectivite[range.upperBound...])
    }
}
