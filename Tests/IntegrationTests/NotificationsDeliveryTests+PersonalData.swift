import Events
import Foundation
import Model
@testable import Notifications
import StaffAccess
import Testing

/// A person's erasure in the notifications service, on the real database and broker: their
/// emails stay in the log, emptied; what they were learnt for is deleted; an event still in
/// flight after the erasure writes them nothing; an erased email cannot be resent.
extension NotificationsDeliveryTests {
    @Test("An erasure empties the person's emails and forgets them; a late event queues nothing; a copy afterwards finds nothing")
    func personalDataErasure() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let reference = "AC-2027-R\(tag.prefix(3))".uppercased()
            let person = ContactPerson(name: "Élise Dupré", email: "elise-\(tag)@seix.example")
            let colleague = ContactPerson(name: "Paul Martin", email: "paul-\(tag)@seix.example")
            try await harness.publish(harness.submission(reference: reference, call: CallID(), contacts: [person, colleague]))
            try await harness.awaitSettled(reference, count: 2)
            let session = TrainingSessionID()
            func registration(_ trainee: ContactPerson, _ outcome: RegistrationOutcome, id: RegistrationID = RegistrationID()) -> EventEnvelope<RegistrationChanged> {
                EventEnvelope(source: "training", data: RegistrationChanged(
                    registrationId: id, sessionId: session, outcome: outcome, trainee: trainee, sessionTitle: "Atelier « délibérations en ligne »",
                    startsAt: ParisTime.instant(LocalDate(year: 2027, month: 4, day: 2), hour: 9), venue: "Mairie de Seix", waitlistPosition: nil))
            }
            let personRegistration = RegistrationID()
            try await harness.publish(registration(person, .confirmed, id: personRegistration))
            let written = try await eventually {
                try await harness.schema.count("SELECT count(*)::int FROM messages WHERE recipient = \(person.email) AND status = 'sent'",
                                               logger: harness.logger) == 2
            }
            try #require(written, "the acknowledgement and the registration's email were sent to the person")

            // The request, the address in capitals: found letter case aside.
            let erasure = UUID()
            try await harness.publish(EventEnvelope(source: "applications", data: PersonalDataRequested(
                requestId: erasure, kind: .erasure, email: person.email.uppercased(), requestedAt: Date())))
            let answer = try await confirmation(of: erasure, in: harness)
            #expect(answer?.recordCount == 4, "two emails, one dossier contact, one trainee to remind")
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM messages WHERE recipient = \(person.email) OR recipient_name = \(person.name)
                   OR text_body LIKE '%' || \(person.name) || '%'
                """, logger: harness.logger) == 0)
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM messages WHERE erased_at IS NOT NULL AND reference = \(reference) AND text_body = '' AND status = 'sent'
                """, logger: harness.logger) == 1, "the acknowledgement stays in the log, emptied, still sent")
            #expect(try await harness.schema.count("SELECT count(*)::int FROM messages WHERE recipient = \(colleague.email)",
                                                   logger: harness.logger) == 1, "the colleague's email is untouched")
            #expect(try await harness.schema.count("""
                SELECT (SELECT count(*) FROM dossier_contacts WHERE email = \(person.email)) + (SELECT count(*) FROM registrations WHERE email = \(person.email))
                """, logger: harness.logger) == 0)

            // The registration's cancellation, published before the erasure but arriving after it;
            // then, on the same key (read in order), a colleague's registration as a sentinel.
            try await harness.publish(registration(person, .cancelled, id: personRegistration))
            try await harness.publish(registration(colleague, .confirmed))
            let sentinel = try await eventually {
                try await harness.schema.count("SELECT count(*)::int FROM registrations WHERE email = \(colleague.email)", logger: harness.logger) == 1
            }
            try #require(sentinel, "the colleague's registration, after the late event, was applied")
            #expect(try await harness.schema.count("""
                SELECT (SELECT count(*) FROM messages WHERE lower(recipient) = lower(\(person.email))) + (SELECT count(*) FROM registrations WHERE email = \(person.email))
                """, logger: harness.logger) == 0, "the late event wrote the person back nowhere")

            // Staff cannot resend an erased email.
            let staffEmail = "equipe-\(tag)@ipc.example"
            try await TestAccounts.create(staffEmail, role: StaffRole.staff, displayName: "Équipe", password: "mot-de-passe-equipe",
                                          on: harness.schema.client)
            let staff = try await harness.api.signedIn(email: staffEmail, password: "mot-de-passe-equipe")
            let erased = try #require(try await staff.get("/api/messages?reference=\(reference)").array
                .first { ($0["recipient"] as? String)?.hasPrefix("efface-") == true }?["id"] as? String)
            let resend = try await staff.post("/api/messages/\(erased)/resend")
            #expect(resend.status == 409 && resend.isProblem)
            #expect((resend.object["detail"] as? String)?.contains("effacement de ses données") == true)

            // A copy afterwards finds nothing.
            let export = UUID()
            try await harness.publish(EventEnvelope(source: "applications", data: PersonalDataRequested(
                requestId: export, kind: .export, email: person.email, requestedAt: Date())))
            #expect(try await confirmation(of: export, in: harness)?.recordCount == 0)
        }
    }

    /// The service's confirmation of `request`, from its outbox.
    private func confirmation(of request: UUID, in harness: Harness) async throws -> PersonalDataProcessed? {
        var found: PersonalDataProcessed?
        _ = try await eventually {
            let rows = try await harness.schema.client.query("""
                SELECT payload FROM outbox WHERE payload::jsonb->>'type' = 'PersonalDataProcessed'
                  AND payload::jsonb->'data'->>'requestId' = \(request.uuidString)
                """, logger: harness.logger)
            for try await payload in rows.decode(String.self) {
                found = try EventCoding.decode(PersonalDataProcessed.self, from: Array(payload.utf8)).data
            }
            return found != nil
        }
        return found
    }
}
