import Foundation
import Model
import Testing
@testable import Resources

@Suite("Advice questions")
struct AdviceQuestionTests {
    static let asked = ParisTime.instant(LocalDate(year: 2007, month: 3, day: 1), hour: 9)

    @Test("The FAQ's draft takes out the asker's name, parts of it, address and collectivité, in any case")
    func anonymised() throws {
        let request = AdviceRequest(collectivite: "Commune de Saint-Lizier", department: "09", name: "Paul Martin",
                                    email: "maire@saint-lizier.example", theme: nil,
                                    question: "Bonjour, PAUL MARTIN, maire de commune de saint-lizier (maire@saint-lizier.example) : à Saint-Lizier, M. Martin demande comment faire ?",
                                    faqConsent: true)
        let question = try request.validated(id: AdviceQuestionID(), now: Self.asked).get()
        let draft = question.anonymised(question.question)
        #expect(!draft.localizedCaseInsensitiveContains("paul") && !draft.localizedCaseInsensitiveContains("martin")
                && !draft.localizedCaseInsensitiveContains("lizier") && !draft.contains("@"))
        #expect(draft.contains("comment faire") && draft.contains("à […]"))
        #expect(AdviceQuestion.placeName(of: "Communauté de communes du Séronais") == "Séronais")
        #expect(AdviceQuestion.placeName(of: "Syndicat mixte du Pays") == "Syndicat mixte du Pays")
    }

    @Test("A question is refused with each field's reason, control characters included")
    func refusals() {
        let request = AdviceRequest(collectivite: "Foix\u{0}", department: "75", name: "", email: "a@b", theme: "inconnu",
                                    question: "Trop court", faqConsent: nil)
        guard case .failure(let failure) = request.validated(id: AdviceQuestionID(), now: Self.asked) else {
            Issue.record("the request was accepted")
            return
        }
        #expect(Set(failure.errors.map(\.field)) == ["collectivite", "department", "name", "email", "theme"])
    }

    @Test("Only an answered question whose asker agreed may join the FAQ, once")
    func faqRule() throws {
        var question = try AdviceRequest(collectivite: "Foix", department: nil, name: "Jeanne", email: "jeanne@foix.example", theme: nil,
                                         question: "Une question assez longue ?", faqConsent: true)
            .validated(id: AdviceQuestionID(), now: Self.asked).get()
        #expect(!question.canJoinFAQ)
        question.answer = "Réponse."
        question.answeredAt = Self.asked
        #expect(question.canJoinFAQ)
        question.faqPublishedAt = Self.asked
        #expect(!question.canJoinFAQ)
        question.faqPublishedAt = nil
        question.faqConsent = false
        #expect(!question.canJoinFAQ)
    }
}
