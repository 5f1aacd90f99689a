@testable import Notifications
import Testing

@Suite("Mail templates and delivery policy")
struct MailTemplateTests {
    let renderer = try! MailRenderer()

    @Test("Every template renders a subject, a text and an accessible HTML alternative")
    func everyTemplate() {
        for template in MailTemplate.allCases {
            let rendered = renderer.render(template, ["reference": "AC-2026-0001", "name": "Mairie", "projectTitle": "Point public",
                                                      "callTitle": "Aide au conseil", "motivation": "Projet à préciser."])
            #expect(rendered.subject.contains("AC-2026-0001"), "\(template)")
            #expect(rendered.text.hasPrefix("Bonjour Mairie,"), "\(template)")
            #expect(rendered.text.hasSuffix(MailRenderer.signature), "\(template)")
            #expect(rendered.html.contains("<html lang=\"fr\">") && rendered.html.contains("<title>"), "\(template)")
        }
    }

    @Test("Values are escaped in the HTML, not in the text; sections follow what is known")
    func escapingAndSections() {
        let values: [String: Any] = ["reference": "PI-2026-0001", "name": "M. & Mme Dupont", "projectTitle": "L'espace <numérique>",
                                     "amount": "50 000,00 €"]
        let selected = renderer.render(.selected, values)
        #expect(selected.text.contains("« L'espace <numérique> »"))
        #expect(selected.html.contains("L&#39;espace &lt;numérique&gt;"))
        #expect(selected.text.contains("Une subvention de 50 000,00 € est accordée."))
        #expect(!selected.text.contains("jours de conseil"))
        let received = renderer.render(.dossierReceived, values)
        #expect(received.text.contains("Vous serez informé de la date du jury de sélection."))
        #expect(renderer.render(.dossierReceived, values.merging(["juryDate": "15 juin 2027"]) { $1 }).text
            .contains("Le jury de sélection doit se réunir le 15 juin 2027."))
    }

    @Test("Retries double from the first delay, are capped, and spread by the jitter")
    func backoff() {
        let policy = DeliveryPolicy(firstRetryDelay: .seconds(30), maxRetryDelay: .seconds(600))
        #expect(policy.retryDelay(afterAttempt: 1, jitter: 1) == .seconds(30))
        #expect(policy.retryDelay(afterAttempt: 2, jitter: 1) == .seconds(60))
        #expect(policy.retryDelay(afterAttempt: 4, jitter: 1) == .seconds(240))
        #expect(policy.retryDelay(afterAttempt: 10, jitter: 1) == .seconds(600))
        #expect(policy.retryDelay(afterAttempt: 2, jitter: 0.75) == .seconds(45))
        let spread = (0..<50).map { _ in policy.retryDelay(afterAttempt: 1) }
        #expect(spread.allSatisfy { $0 >= .milliseconds(22_500) && $0 <= .milliseconds(37_500) })
    }
}
