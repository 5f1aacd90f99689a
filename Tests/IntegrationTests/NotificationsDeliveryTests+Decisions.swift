import Events
import Foundation
import Model
@testable import Notifications
import Testing

/// The instruction's and the jury's decisions, each received intact by the dossier's contacts.
extension NotificationsDeliveryTests {
    @Test("Missing pieces, selection, rejection and deferral arrive with their subject, text and HTML, once each")
    func decisions() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let call = CallID(), sitting = JurySessionID()
            func dossier(_ suffix: String) -> EventEnvelope<ApplicationSubmitted> {
                harness.submission(reference: "PI-2027-\(tag.prefix(3))\(suffix)".uppercased(), call: call,
                                   contacts: [ContactPerson(name: "Élue référente", email: "elue\(suffix)-\(tag)@saint-lary.example")])
            }
            let incomplete = dossier("1"), selected = dossier("2"), rejected = dossier("3"), deferred = dossier("4")
            for submitted in [incomplete, selected, rejected, deferred] { try await harness.publish(submitted) }
            // The jury decides on dossiers the service knows: applications.v1 and jury.v1 are read independently.
            let known = try await eventually {
                try [incomplete, selected, rejected, deferred].allSatisfy { !(try ReceivedMail.to($0.data.contacts[0].email, on: "plain").isEmpty) }
            }
            try #require(known, "the four acknowledgements arrived")
            try await harness.publish(EventEnvelope(source: "applications", data: ApplicationDeclaredIncomplete(
                applicationId: incomplete.data.applicationId, reference: incomplete.data.reference,
                message: "Joignez la délibération du conseil municipal & le devis.")))
            try await harness.publish(EventEnvelope(source: "jury", data: ApplicationSelected(
                sittingId: sitting, applicationId: selected.data.applicationId, reference: selected.data.reference,
                grantedAmount: Money(euros: 50_000), consultingDays: nil, motivation: nil, decidedAt: Date())))
            try await harness.publish(EventEnvelope(source: "jury", data: ApplicationRejected(
                sittingId: sitting, applicationId: rejected.data.applicationId, reference: rejected.data.reference,
                motivation: "Le projet ne relève pas des services aux citoyens.", decidedAt: Date())))
            try await harness.publish(EventEnvelope(source: "jury", data: ApplicationDeferred(
                sittingId: sitting, applicationId: deferred.data.applicationId, reference: deferred.data.reference,
                motivation: "Plan de financement à préciser.", nextSittingDate: LocalDate(year: 2027, month: 10, day: 5), decidedAt: Date())))

            func decision(_ submitted: EventEnvelope<ApplicationSubmitted>) async throws -> ReceivedMail {
                let address = submitted.data.contacts[0].email
                let arrived = try await eventually { try ReceivedMail.to(address, on: "plain").count == 2 }
                try #require(arrived, "the acknowledgement and the decision reached \(address)")
                return try #require(try ReceivedMail.to(address, on: "plain").first { $0.subject?.hasSuffix(" reçu") == false })
            }
            let missing = try await decision(incomplete)
            #expect(missing.subject == "Dossier \(incomplete.data.reference) : pièces ou informations à compléter")
            #expect(missing.text?.contains("Joignez la délibération du conseil municipal & le devis.") == true)
            #expect(missing.html?.contains("Joignez la délibération du conseil municipal &amp; le devis.") == true)
            let granted = try await decision(selected)
            #expect(granted.subject == "Dossier \(selected.data.reference) retenu par le jury")
            #expect(granted.text?.contains("Une subvention de 50\u{202F}000,00\u{00A0}€ est accordée.") == true)
            #expect(granted.html?.contains("<html lang=\"fr\">") == true)
            let refused = try await decision(rejected)
            #expect(refused.subject == "Dossier \(rejected.data.reference) : décision du jury")
            #expect(refused.text?.contains("Motivation du jury : Le projet ne relève pas des services aux citoyens.") == true)
            let postponed = try await decision(deferred)
            #expect(postponed.subject == "Dossier \(deferred.data.reference) : examen reporté")
            #expect(postponed.text?.contains("à sa séance du 5 octobre 2027") == true)
            #expect(postponed.headers["Content-Type"]?.hasPrefix("multipart/alternative") == true)
        }
    }

    @Test("A decision read before its dossier's submission waits for it, then arrives once")
    func decisionBeforeSubmission() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let submitted = harness.submission(reference: "PI-2027-W\(tag.prefix(3))".uppercased(), call: CallID(),
                                               contacts: [ContactPerson(name: "Élue référente", email: "attente-\(tag)@saint-lary.example")])
            let decision = EventEnvelope(source: "jury", data: ApplicationRejected(
                sittingId: JurySessionID(), applicationId: submitted.data.applicationId, reference: submitted.data.reference,
                motivation: "Le projet ne relève pas des services aux citoyens.", decidedAt: Date()))
            try await harness.publish(decision)
            let waiting = try await eventually {
                try await harness.schema.count("SELECT count(*)::int FROM waiting_events WHERE event_id = \(decision.id)",
                                               logger: harness.logger) == 1
            }
            try #require(waiting, "the decision waits for its dossier")
            try await harness.publish(decision)  // redelivered while waiting: still one
            try await harness.publish(submitted)
            let arrived = try await eventually { try ReceivedMail.to(submitted.data.contacts[0].email, on: "plain").count == 2 }
            #expect(arrived, "the acknowledgement and the decision")
            let subjects = try ReceivedMail.to(submitted.data.contacts[0].email, on: "plain").compactMap(\.subject).sorted()
            #expect(subjects == ["Dossier \(submitted.data.reference) : décision du jury", "Dossier \(submitted.data.reference) reçu"])
            #expect(try await harness.schema.count("SELECT count(*)::int FROM waiting_events WHERE event_id = \(decision.id)",
                                                   logger: harness.logger) == 0)
        }
    }

    @Test("A decision that waited a month for a dossier never seen is dropped; a recent one still waits")
    func staleWaitingEvents() async throws {
        try await withService({ $0.scheduled.checkInterval = .milliseconds(200) }) { harness in
            let decisions = (0..<2).map { index in
                EventEnvelope(source: "jury", data: ApplicationRejected(
                    sittingId: JurySessionID(), applicationId: ApplicationID(), reference: "PI-2026-09\(index)\(index)",
                    motivation: "Le projet ne relève pas des services aux citoyens.", decidedAt: Date()))
            }
            for decision in decisions { try await harness.publish(decision) }
            // A new consumer group reads the topics from their start: other tests' decisions may wait here too.
            let waiting = try await eventually {
                try await harness.schema.count("SELECT count(*)::int FROM waiting_events WHERE event_id = ANY(\(decisions.map(\.id)))",
                                               logger: harness.logger) == 2
            }
            try #require(waiting, "both decisions wait for their dossiers")
            try await harness.schema.client.query(
                "UPDATE waiting_events SET received_at = now() - interval '31 days' WHERE event_id = \(decisions[0].id)", logger: harness.logger)
            let dropped = try await eventually {
                try await harness.schema.count("SELECT count(*)::int FROM waiting_events WHERE event_id = \(decisions[0].id)",
                                               logger: harness.logger) == 0
            }
            #expect(dropped, "the month-old decision is dropped")
            #expect(try await harness.schema.count("SELECT count(*)::int FROM waiting_events WHERE event_id = \(decisions[1].id)",
                                                   logger: harness.logger) == 1)
        }
    }
}
