import Events
import Foundation
import Model
@testable import Notifications
import Testing

/// A moved session's registrants hear of it; a collectivité hears of its hosting offer twice:
/// received, then answered.
extension NotificationsDeliveryTests {
    @Test("A session moved or relocated is told to its live registrants once; a hosting offer is acknowledged, then answered")
    func sessionChangesAndHosting() async throws {
        try await withService({ $0.scheduled.checkInterval = .milliseconds(200) }) { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let session = TrainingSessionID()
            let start = ParisTime.instant(LocalDate(year: 2027, month: 4, day: 10), hour: 9, minute: 30)
            let moved = ParisTime.instant(LocalDate(year: 2027, month: 4, day: 17), hour: 14)
            let alice = ContactPerson(name: "Alice Élue", email: "alice-\(tag)@foix.example")
            let bruno = ContactPerson(name: "Bruno Élu", email: "bruno-\(tag)@foix.example")
            func registration(_ trainee: ContactPerson, _ outcome: RegistrationOutcome) -> EventEnvelope<RegistrationChanged> {
                EventEnvelope(source: "training", data: RegistrationChanged(
                    registrationId: RegistrationID(), sessionId: session, outcome: outcome, trainee: trainee, sessionTitle: "Atelier du Couserans",
                    startsAt: start, venue: "Mairie de Saint-Girons, salle des fêtes", waitlistPosition: nil))
            }
            func changed(scheduleChanged: Bool, venueChanged: Bool) -> EventEnvelope<TrainingSessionChanged> {
                EventEnvelope(source: "training", data: TrainingSessionChanged(
                    sessionId: session, format: .projectWorkshop, title: "Atelier du Couserans", theme: "Tourisme",
                    startsAt: scheduleChanged ? moved : start, endsAt: (scheduleChanged ? moved : start).addingTimeInterval(3 * 3600),
                    venue: "Mairie de Saint-Girons, salle des fêtes", department: "09", capacity: 15,
                    scheduleChanged: scheduleChanged, venueChanged: venueChanged))
            }
            try await harness.publish(registration(alice, .confirmed))
            try await harness.publish(registration(bruno, .cancelled))
            try await harness.publish(changed(scheduleChanged: false, venueChanged: false))  // a description: nobody told
            let move = changed(scheduleChanged: true, venueChanged: false)
            try await harness.publish(move)
            try await harness.publish(move)  // redelivered

            let contact = ContactPerson(name: "Paul Martin", email: "mairie-\(tag)@saint-girons.example")
            let offer = HostingOfferID()
            try await harness.publish(EventEnvelope(source: "training", data: HostingOfferReceived(
                offerId: offer, collectivite: "Commune de Saint-Girons", department: "09", contact: contact, format: .projectWorkshop,
                theme: "Tourisme", proposedDates: "Un mardi matin de mars", receivedAt: start)))
            try await harness.publish(EventEnvelope(source: "training", data: HostingOfferAnswered(
                offerId: offer, collectivite: "Commune de Saint-Girons", contact: contact, accepted: false,
                message: "Le calendrier de mars est complet.", sessionId: nil, sessionTitle: nil, startsAt: nil, answeredAt: start)))

            let arrived = try await eventually {
                try ReceivedMail.to(alice.email, on: "plain").count == 2 && ReceivedMail.to(contact.email, on: "plain").count == 2
            }
            #expect(arrived, "Alice: confirmation and the change; the collectivité: acknowledgement and answer")
            let aliceMail = try ReceivedMail.to(alice.email, on: "plain")
            let change = try #require(aliceMail.first { $0.subject?.hasPrefix("Formation modifiée") == true })
            #expect(change.text?.contains("a changé de date ou d'horaire") == true && change.text?.contains("17 avril 2027 à 14 h") == true)
            #expect(try ReceivedMail.to(bruno.email, on: "plain").allSatisfy { $0.subject?.hasPrefix("Formation modifiée") != true })
            let contactMail = try ReceivedMail.to(contact.email, on: "plain")
            #expect(contactMail.contains { $0.subject == "Commune de Saint-Girons\u{00A0}: votre proposition d'accueillir une formation est reçue"
                && $0.text?.contains("Un mardi matin de mars") == true })
            #expect(contactMail.contains { $0.text?.contains("Nous ne pouvons pas la retenir\u{00A0}: Le calendrier de mars est complet.") == true })
        }
    }
}
