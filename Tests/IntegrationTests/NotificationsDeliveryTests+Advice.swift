import Events
import Foundation
import Model
@testable import Notifications
import Testing

/// The resource centre's answer to a collectivité's question reaches the person who asked.
extension NotificationsDeliveryTests {
    @Test("An advice answer is emailed once to the asker, question and answer in the text, even when the event comes twice")
    func adviceAnswered() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let asker = ContactPerson(name: "Paul Martin", email: "maire-\(tag)@saint-lizier.example")
            let answered = EventEnvelope(source: "resources", data: AdviceAnswered(
                questionId: AdviceQuestionID(), collectivite: "Commune de Saint-Lizier", asker: asker,
                question: "Comment ouvrir un point d'accès public à Internet ?",
                answer: "Commencez par le guide des espaces publics numériques.", faqConsent: true, answeredAt: Date()))
            try await harness.publish(answered)
            try await harness.publish(answered)

            let arrived = try await eventually { try ReceivedMail.to(asker.email, on: "plain").count == 1 }
            #expect(arrived)
            try await Task.sleep(for: .seconds(1))
            let mail = try ReceivedMail.to(asker.email, on: "plain")
            #expect(mail.count == 1, "a redelivered event sends nothing more")
            let text = try #require(mail.first?.text)
            #expect(mail.first?.subject == "Centre de ressources\u{00A0}: la réponse à votre question")
            #expect(text.contains("Bonjour Paul Martin") && text.contains("Comment ouvrir un point d'accès public à Internet ?")
                    && text.contains("Commencez par le guide des espaces publics numériques.") && text.contains("foire aux questions"))
        }
    }
}
