import Events
import Foundation
import Model
@testable import Notifications
import Testing

/// A collectivité's website diagnostic reaches its contact, with the report's figures and link.
extension NotificationsDeliveryTests {
    @Test("A website report is emailed once to the collectivité's contact: overall score, scores by theme, failed checks, link")
    func websiteDiagnosed() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let contact = ContactPerson(name: "Secrétariat de mairie", email: "mairie-\(tag)@foix.example")
            let websiteId = UUID()
            let diagnosed = EventEnvelope(source: "resources", data: WebsiteDiagnosed(
                reportId: UUID(), websiteId: websiteId, collectivite: "Commune de Foix", url: "https://www.mairie-foix.example/",
                contact: contact, overallScore: 58,
                dimensions: [.init(label: "Accessibilité", score: 33), .init(label: "Obligations légales", score: 50)],
                failedChecks: ["Déclaration d'accessibilité", "Lien d'évitement"],
                reportURL: "https://ressources.example/sites/\(websiteId)", diagnosedAt: Date()))
            try await harness.publish(diagnosed)
            try await harness.publish(diagnosed)

            let arrived = try await eventually { try ReceivedMail.to(contact.email, on: "plain").count == 1 }
            #expect(arrived)
            try await Task.sleep(for: .seconds(1))
            let mail = try ReceivedMail.to(contact.email, on: "plain")
            #expect(mail.count == 1, "a redelivered event sends nothing more")
            let text = try #require(mail.first?.text)
            #expect(mail.first?.subject == "Diagnostic du site internet de Commune de Foix\u{00A0}: 58/100")
            #expect(text.contains("Note globale\u{00A0}: 58/100") && text.contains("Accessibilité\u{00A0}: 33/100")
                    && text.contains("Obligations légales\u{00A0}: 50/100"))
            #expect(text.contains("- Déclaration d'accessibilité") && text.contains("- Lien d'évitement"))
            #expect(text.contains("https://ressources.example/sites/\(websiteId)"))
        }
    }
}
