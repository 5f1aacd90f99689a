import Foundation
@testable import Notifications
import Testing

@Suite("Mail templates and delivery policy")
struct MailTemplateTests {
    let renderer = try! MailRenderer()

    @Test("Every template renders a subject naming what it is about, a text and an accessible HTML alternative")
    func everyTemplate() {
        let values: [String: Any] = [
            "reference": "AC-2026-0001", "name": "Mairie", "projectTitle": "Point public", "callTitle": "Aide au conseil",
            "motivation": "Projet à préciser.", "sessionTitle": "Atelier « site communal »", "startsAt": "2 mars 2027 à 9 h 30",
            "venue": "Mairie de Foix", "confirmUrl": "https://ipc.example/abonnement/t", "unsubscribeUrl": "https://ipc.example/desabonnement/t",
            "count": 1, "collectivite": "Commune de Foix", "publications": [["title": "Guide des délibérations", "kindLabel": "guide", "publishedOn": "1er mars 2027",
                                          "summary": "Libre de réutilisation.", "url": "https://ipc.example/guide"]],
        ]
        for template in MailTemplate.allCases {
            let rendered = renderer.render(template, values)
            #expect(["AC-2026-0001", "Atelier « site communal », le 2 mars 2027 à 9 h 30", "entre de ressources", "Commune de Foix", "le lien demandé"]
                .contains { rendered.subject.contains($0) }, "\(template): \(rendered.subject)")
            #expect(rendered.text.hasPrefix("Bonjour"), "\(template)")
            #expect(!rendered.text.contains("{{") && !rendered.subject.contains("{{"), "\(template)")
            #expect(rendered.text.hasSuffix(MailRenderer.signature), "\(template)")
            #expect(rendered.html.contains("<html lang=\"fr\">") && rendered.html.contains("<title>"), "\(template)")
        }
        let digest = renderer.render(.publicationDigest, values)
        #expect(digest.text.contains("Guide des délibérations (guide, 1er mars 2027)\r\nLibre de réutilisation.\r\nhttps://ipc.example/guide"))
        #expect(digest.text.contains("Pour ne plus recevoir ces messages : https://ipc.example/desabonnement/t"))
    }

    @Test("The training invitation: UTC times, escaped text, lines folded at 75 octets without splitting a character")
    func invitation() {
        let start = Date(timeIntervalSince1970: 1_803_976_200)  // 2 March 2027, 08:30 UTC
        let invitation = TrainingInvitation(uid: "r1@ipc", title: "Atelier ; « site Internet communal », suite", startsAt: start,
                                            endsAt: start.addingTimeInterval(3 * 3600), venue: "Foix, mairie",
                                            description: String(repeating: "é", count: 60), stamp: start)
        let text = invitation.text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("DTSTART:20270302T083000Z\r\nDTEND:20270302T113000Z\r\n"))
        #expect(text.contains("SUMMARY:Atelier \\; « site Internet communal »\\, suite\r\n"))
        #expect(text.contains("LOCATION:Foix\\, mairie\r\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(text.contains("DESCRIPTION:" + String(repeating: "é", count: 31) + "\r\n " + String(repeating: "é", count: 29)))
        #expect(invitation.attachment.contentType.hasPrefix("text/calendar"))
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

    @Test("MAIL_RATE_PER_SECOND spaces the turns of all connections; a sender that comes after its turn goes at once")
    func sendingPace() async {
        let pace = SendingPace(messagesPerSecond: 20)
        let start = ContinuousClock.now + .seconds(10)
        var turns: [ContinuousClock.Instant] = []
        for _ in 0..<3 { turns.append(await pace.reserve(now: start)) }
        #expect(pace.interval > .microseconds(49_999) && pace.interval < .microseconds(50_001))
        #expect(turns == [start, start + pace.interval, start + pace.interval * 2])
        let late = start + .seconds(5)
        #expect(await pace.reserve(now: late) == late)
        #expect(await pace.reserve(now: late) == late + pace.interval)
    }
}
