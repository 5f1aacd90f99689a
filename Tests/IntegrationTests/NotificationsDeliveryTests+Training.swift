import Events
import Foundation
import Model
@testable import Notifications
import Testing

/// Trainees hear of each registration change, get a reminder two days before with an
/// iCalendar invitation, and hear of a cancelled session.
extension NotificationsDeliveryTests {
    @Test("Registration emails, the reminder with its invitation, and a cancelled session's notice, each once")
    func training() async throws {
        try await withService({ $0.scheduled.checkInterval = .milliseconds(200) }) { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let soon = TrainingSessionID(), later = TrainingSessionID()
            // The service's clock stands at 1 March 2027, noon: the first session is within two days.
            let soonStart = ParisTime.instant(LocalDate(year: 2027, month: 3, day: 2), hour: 9, minute: 30)
            let laterStart = ParisTime.instant(LocalDate(year: 2027, month: 3, day: 20), hour: 14)
            try await harness.publish(EventEnvelope(source: "training", data: TrainingSessionScheduled(
                sessionId: soon, format: .projectWorkshop, title: "Atelier « site Internet communal »", theme: "Sites Internet",
                startsAt: soonStart, endsAt: soonStart.addingTimeInterval(3 * 3600), venue: "Mairie de Foix, salle du conseil",
                department: "09", capacity: 12)))
            let alice = ContactPerson(name: "Alice Élue", email: "alice-\(tag)@foix.example")
            let bruno = ContactPerson(name: "Bruno Élu", email: "bruno-\(tag)@foix.example")
            let chloe = ContactPerson(name: "Chloé Élue", email: "chloe-\(tag)@pamiers.example")
            func change(_ trainee: ContactPerson, _ session: TrainingSessionID, _ outcome: RegistrationOutcome, start: Date,
                        position: Int? = nil, registration: RegistrationID = RegistrationID()) -> EventEnvelope<RegistrationChanged> {
                EventEnvelope(source: "training", data: RegistrationChanged(
                    registrationId: registration, sessionId: session, outcome: outcome, trainee: trainee,
                    sessionTitle: session == soon ? "Atelier « site Internet communal »" : "Buffet des savoirs : l'e-administration",
                    startsAt: start, venue: session == soon ? "Mairie de Foix, salle du conseil" : "Pamiers, salle polyvalente",
                    waitlistPosition: position))
            }
            let brunoRegistration = RegistrationID()
            let confirmed = change(alice, soon, .confirmed, start: soonStart)
            try await harness.publish(confirmed)
            try await harness.publish(confirmed)  // redelivered
            try await harness.publish(change(bruno, soon, .waitlisted, start: soonStart, position: 1, registration: brunoRegistration))
            try await harness.publish(change(bruno, soon, .promoted, start: soonStart, registration: brunoRegistration))
            try await harness.publish(change(chloe, later, .confirmed, start: laterStart))
            try await harness.publish(EventEnvelope(source: "training", data: TrainingSessionCancelled(
                sessionId: later, reason: "l'intervenant est indisponible ; une nouvelle date sera proposée.")))

            let arrived = try await eventually {
                try ReceivedMail.to(alice.email, on: "plain").count == 2 && ReceivedMail.to(bruno.email, on: "plain").count == 3
                    && ReceivedMail.to(chloe.email, on: "plain").count == 2
            }
            #expect(arrived, "Alice: confirmation and reminder; Bruno: waitlist, promotion, reminder; Chloé: confirmation, cancellation")
            let aliceMail = try ReceivedMail.to(alice.email, on: "plain")
            #expect(aliceMail.compactMap(\.subject).sorted() == [
                "Inscription confirmée : Atelier « site Internet communal », le 2 mars 2027 à 9 h 30",
                "Rappel : Atelier « site Internet communal », le 2 mars 2027 à 9 h 30",
            ])
            let reminder = try #require(aliceMail.first { $0.subject?.hasPrefix("Rappel") == true })
            #expect(reminder.text?.contains("Mairie de Foix, salle du conseil") == true)
            let invitation = try #require(reminder.attachments.first)
            #expect(invitation.fileName == "formation.ics" && invitation.contentType == "text/calendar")
            let calendar = String(decoding: invitation.content, as: UTF8.self)
            #expect(calendar.contains("DTSTART:20270302T083000Z\r\n") && calendar.contains("DTEND:20270302T113000Z\r\n"))
            #expect(calendar.contains("SUMMARY:Atelier « site Internet communal »\r\n"))
            #expect(calendar.contains("LOCATION:Mairie de Foix\\, salle du conseil\r\n"))

            let brunoSubjects = try ReceivedMail.to(bruno.email, on: "plain").compactMap(\.subject)
            #expect(brunoSubjects.contains { $0.hasPrefix("Liste d'attente") })
            #expect(try ReceivedMail.to(bruno.email, on: "plain").contains { $0.text?.contains("en position 1") == true })
            #expect(brunoSubjects.contains { $0.hasPrefix("Une place s'est libérée") })
            let chloeMail = try ReceivedMail.to(chloe.email, on: "plain")
            #expect(chloeMail.contains { $0.subject?.hasPrefix("Inscription annulée") == true
                && $0.text?.contains("est annulée : l'intervenant est indisponible") == true })
            #expect(!chloeMail.contains { $0.subject?.hasPrefix("Rappel") == true }, "no reminder for a session three weeks ahead")
        }
    }

    @Test("Subscribers confirm by the emailed link, get new publications in one digest with a one-click unsubscribe, and stop")
    func digest() async throws {
        try await withService({ $0.scheduled.checkInterval = .milliseconds(200); $0.scheduled.digestInterval = .seconds(1) }) { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let leaving = "partenaire-\(tag)@cyberbase.example", staying = "fidele-\(tag)@cyberbase.example"
            func confirmationToken(_ address: String) async throws -> String {
                let sent = try await eventually { try !ReceivedMail.to(address, on: "plain").isEmpty }
                try #require(sent, "the confirmation reached \(address)")
                let text = try #require(try ReceivedMail.to(address, on: "plain").first?.text)
                let link = try #require(text.split(whereSeparator: \.isWhitespace).first { $0.contains("/abonnement/") })
                return String(link.split(separator: "/").last ?? "")
            }
            for address in [leaving, staying] {
                let reply = try await harness.api.post("/api/subscriptions", ["email": address])
                #expect(reply.status == 202)
                let token = try await confirmationToken(address)
                #expect(try await harness.api.get("/abonnement/\(token)").status == 200)  // shows the form only
                #expect(try await harness.api.send("POST", "/abonnement/\(token)", body: nil).status == 200)
            }
            #expect(try await harness.api.post("/api/subscriptions", ["email": "pas-une-adresse"]).status == 422)
            // Asking again at once sends no second link: the form cannot flood a mailbox.
            let pending = "insistant-\(tag)@cyberbase.example"
            for _ in 0..<3 { #expect(try await harness.api.post("/api/subscriptions", ["email": pending]).status == 202) }
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM messages WHERE template = 'subscriptionConfirmation' AND recipient = \(pending)
                """, logger: harness.logger) == 1)
            #expect(try await harness.api.get("/desabonnement/inconnu").status == 404)

            let guide = "Guide de la mise en ligne des délibérations \(tag)", indicator = "Indicateurs 2026 des espaces publics \(tag)"
            for (kind, title) in [(PublicationKind.guide, guide), (.indicator, indicator)] {
                try await harness.publish(EventEnvelope(source: "resources", data: PublicationPublished(
                    publicationId: PublicationID(), kind: kind, title: title, summary: "Libre de réutilisation.",
                    url: "https://ressources.ipc.example/\(tag)/\(kind.rawValue)", trainingSessionId: nil, publishedAt: Date())))
            }
            let digested = try await eventually {
                let texts = try ReceivedMail.to(leaving, on: "plain").compactMap(\.text).joined()
                return texts.contains(guide) && texts.contains(indicator)
            }
            #expect(digested, "the digest lists both publications")
            let digest = try #require(try ReceivedMail.to(leaving, on: "plain").last)
            let unsubscribe = try #require(digest.headers["List-Unsubscribe"])
            #expect(unsubscribe.hasPrefix("<http://") && unsubscribe.contains("/desabonnement/"))
            #expect(digest.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
            let path = try #require(URL(string: String(unsubscribe.dropFirst().dropLast()))?.path)
            // RFC 8058: the mail client POSTs this body, without cookies or any other check.
            let done = try await harness.api.send("POST", path, body: Data("List-Unsubscribe=One-Click".utf8),
                                                  contentType: "application/x-www-form-urlencoded")
            #expect(done.status == 200)

            let before = try ReceivedMail.to(leaving, on: "plain").count
            let later = "Fiche pratique : le courriel des élus \(tag)"
            try await harness.publish(EventEnvelope(source: "resources", data: PublicationPublished(
                publicationId: PublicationID(), kind: .practicalSheet, title: later, summary: "Libre de réutilisation.",
                url: "https://ressources.ipc.example/\(tag)/fiche", trainingSessionId: nil, publishedAt: Date())))
            let stayed = try await eventually { try ReceivedMail.to(staying, on: "plain").contains { $0.text?.contains(later) == true } }
            #expect(stayed, "the subscriber who stayed gets the next digest")
            #expect(try ReceivedMail.to(leaving, on: "plain").count == before, "the one who left gets nothing more")
        }
    }

    @Test("Beyond the hourly ceiling of confirmation links every request gets a 429, whatever the address, and changes nothing")
    func subscriptionCeiling() async throws {
        try await withService({ $0.subscriptionConfirmationsPerHour = 2 }) { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let first = "lecteur-1-\(tag)@cyberbase.example", refused = "lecteur-3-\(tag)@cyberbase.example"
            for address in [first, "lecteur-2-\(tag)@cyberbase.example"] {
                #expect(try await harness.api.post("/api/subscriptions", ["email": address]).status == 202)
            }
            let beyond = try await harness.api.post("/api/subscriptions", ["email": refused])
            #expect(beyond.status == 429 && beyond.isProblem)
            // A known address gets the same answer: the ceiling says nothing about who asked before.
            #expect(try await harness.api.post("/api/subscriptions", ["email": first]).status == 429)
            #expect(try await harness.schema.count("SELECT count(*)::int FROM subscribers WHERE email = \(refused)", logger: harness.logger) == 0)
            #expect(try await harness.schema.count(
                "SELECT count(*)::int FROM messages WHERE template = 'subscriptionConfirmation'", logger: harness.logger) == 2)
        }
    }
}
