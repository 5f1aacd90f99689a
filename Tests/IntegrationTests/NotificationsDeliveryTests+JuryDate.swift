import Events
import Foundation
import Model
@testable import Notifications
import Testing

/// A scheduled sitting tells the dossiers it will examine, as the jury builds its agenda.
extension NotificationsDeliveryTests {
    @Test("A scheduled sitting writes to the dossiers complete before its cut-off only, once, and not to those on another agenda")
    func juryDate() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let call = CallID()
            let complete = harness.submission(reference: "AC-2027-J\(tag.prefix(3))1", call: call,
                                              contacts: [ContactPerson(name: "Mairie", email: "complet-\(tag)@saint-lary.example")])
            let late = harness.submission(reference: "AC-2027-J\(tag.prefix(3))2", call: call,
                                          contacts: [ContactPerson(name: "Mairie", email: "tardif-\(tag)@saint-lary.example")])
            let pending = harness.submission(reference: "AC-2027-J\(tag.prefix(3))3", call: call,
                                             contacts: [ContactPerson(name: "Mairie", email: "incomplet-\(tag)@saint-lary.example")])
            let cutOff = Date()
            for submission in [complete, late, pending] { try await harness.publish(submission) }
            try await harness.publish(EventEnvelope(source: "applications", data: ApplicationDeclaredComplete(
                applicationId: complete.data.applicationId, reference: complete.data.reference, completedAt: cutOff.addingTimeInterval(-3600))))
            try await harness.publish(EventEnvelope(source: "applications", data: ApplicationDeclaredComplete(
                applicationId: late.data.applicationId, reference: late.data.reference, completedAt: cutOff.addingTimeInterval(3600))))
            let completions = try await eventually {
                try await harness.schema.count("""
                    SELECT count(*)::int FROM messages WHERE template = 'dossierComplete' AND reference LIKE \("AC-2027-J\(tag.prefix(3))%")
                    """, logger: harness.logger) == 2
            }
            try #require(completions, "both completions reached the service")

            let first = EventEnvelope(source: "jury", data: JurySittingScheduled(
                sittingId: JurySessionID(), sittingDate: LocalDate(year: 2027, month: 6, day: 15), callIds: [call], cutOff: cutOff))
            try await harness.publish(first)
            let dated = try await eventually {
                try ReceivedMail.to("complet-\(tag)@saint-lary.example", on: "plain").contains { $0.subject?.contains("examen par le jury") == true }
            }
            try #require(dated, "the first sitting's date reached the complete dossier")
            // A second sitting on the same call, scheduled while the first is open, finds nothing left to examine.
            // (Sittings are keyed by their id: published together, they could be handled in either order.)
            try await harness.publish(EventEnvelope(source: "jury", data: JurySittingScheduled(
                sittingId: JurySessionID(), sittingDate: LocalDate(year: 2027, month: 7, day: 1), callIds: [call], cutOff: Date())))
            let arrived = try await eventually { try ReceivedMail.to("complet-\(tag)@saint-lary.example", on: "plain").count == 3 }
            #expect(arrived, "the acknowledgement, the completion and the jury date")
            let received = try ReceivedMail.to("complet-\(tag)@saint-lary.example", on: "plain").map(\.subject)
            #expect(received.contains("Dossier \(complete.data.reference) : examen par le jury le 15 juin 2027"))
            try await harness.awaitSettled(late.data.reference, count: 2)
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM messages WHERE template = 'juryDate' AND reference LIKE \("AC-2027-J\(tag.prefix(3))%")
                """, logger: harness.logger) == 1)
        }
    }
}
