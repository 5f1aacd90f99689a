import Events
import Foundation
import Kafka
import Logging
import Model
@testable import Notifications
import Persistence
import PostgresNIO
import ServiceKit
import Testing

/// The notifications service, started whole on the real database, broker and SMTP server:
/// events become emails, once each, with retries on temporary refusals only.
@Suite("Notifications delivery", .platform, .serialized)
struct NotificationsDeliveryTests {
    let logger = TestEnvironment.logger

    struct Harness {
        let schema: TestSchema
        let producer: KafkaProducer
        let logger: Logger
        /// The service's HTTP API, signed out.
        let api: APIClient

        func publish<Payload: EventPayload>(_ envelope: EventEnvelope<Payload>) async throws {
            try await producer.publish(envelope)
        }

        func publish(_ bytes: [UInt8], topic: Topic, key: String) async throws {
            try await producer.publish(bytes, topic: topic, key: key)
        }

        /// A consulting-aid dossier submitted with these contacts.
        func submission(reference: String, call: CallID, contacts: [ContactPerson]) -> EventEnvelope<ApplicationSubmitted> {
            EventEnvelope(source: "applications", data: ApplicationSubmitted(
                applicationId: ApplicationID(), reference: reference, callId: call, action: .consultingAid,
                applicant: ApplicantSnapshot(applicantId: ApplicantID(), name: "Commune de Saint-Lary", kind: .commune,
                                             inseeCode: InseeCode("09264"), siren: nil, department: "09", population: 1240,
                                             insideUrbanAgglomeration: false),
                contacts: contacts, projectTitle: "Point public d'accès à Internet", theme: "Services aux citoyens", eligibleCost: nil,
                requestedSubsidy: nil, submittedAt: Date()))
        }

        /// Waits until the dossier's `count` messages are sent or given up.
        func awaitSettled(_ reference: String, count: Int, timeout: Duration = .seconds(30)) async throws {
            // The topic also holds earlier runs' events: only this dossier's messages count.
            let settled = try await eventually(timeout: timeout) {
                try await schema.count("SELECT count(*)::int FROM messages WHERE reference = \(reference) AND status <> 'queued'",
                                       logger: logger) == count
            }
            try #require(settled, "the messages of \(reference) were sent or given up")
        }
    }

    /// Runs the service on its own schema, its SMTP settings adjusted by `adjust`.
    func withService(_ adjust: (inout NotificationsConfiguration) -> Void = { _ in }, _ body: (Harness) async throws -> Void) async throws {
        var settings = NotificationsConfiguration()
        settings.smtp.port = TestEnvironment.smtpPort
        settings.smtp.tls = .off
        settings.sender = MailAddress("ne-pas-repondre@ipc.example", name: "Internet Public et Citoyen")
        settings.delivery.firstRetryDelay = .milliseconds(300)
        settings.delivery.maxRetryDelay = .seconds(1)
        settings.delivery.pollInterval = .milliseconds(100)
        adjust(&settings)
        let definition = NotificationsService.definition(settings: settings, clock: { ParisTime.instant(LocalDate(year: 2027, month: 3, day: 1), hour: 12) })
        let producer = try KafkaProducer(configuration: TestEnvironment.kafka(), logger: logger)
        try await withRunningServices([producer]) {
            try await withInProcessService(definition) { schema, port in
                try await body(Harness(schema: schema, producer: producer, logger: logger, api: APIClient(port: port)))
            }
        }
    }

    @Test("The SMTP server down, then up: every email arrives, once")
    func serverDownThenUp() async throws {
        let proxyPort = try await TCPProxy.freePort()
        let proxy = TCPProxy(port: proxyPort, targetHost: "127.0.0.1", targetPort: TestEnvironment.smtpPort)
        try await withService({ $0.smtp.port = proxyPort }) { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let reference = "AC-2027-D\(tag.prefix(3))"
            let recipients = (1...3).map { "mairie\($0)-\(tag)@saint-lary.example" }
            try await harness.publish(harness.submission(reference: reference, call: CallID(),
                                                         contacts: recipients.map { ContactPerson(name: "Mairie", email: $0) }))
            // While the server is away, attempts fail and are rescheduled; nothing is given up yet.
            let retried = try await eventually {
                try await harness.schema.count("""
                    SELECT count(*)::int FROM messages WHERE reference = \(reference) AND status = 'queued' AND attempts >= 2
                    """, logger: harness.logger) == 3
            }
            #expect(retried, "each message was tried and rescheduled")
            try await proxy.open()
            try await harness.awaitSettled(reference, count: 3)
            try await proxy.close()
            for recipient in recipients {
                #expect(try ReceivedMail.to(recipient, on: "plain").count == 1)
            }
            #expect(try await harness.schema.count("SELECT count(*)::int FROM messages WHERE reference = \(reference) AND status = 'sent'",
                                                   logger: harness.logger) == 3)
        }
    }

    @Test("After MAIL_MAX_ATTEMPTS temporary failures a message is given up, with its EmailFailed event")
    func givenUp() async throws {
        let closedPort = try await TCPProxy.freePort()  // nothing listens there
        try await withService({ $0.smtp.port = closedPort; $0.delivery.maxAttempts = 3 }) { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let reference = "AC-2027-G\(tag.prefix(3))"
            try await harness.publish(harness.submission(reference: reference, call: CallID(),
                                                         contacts: [ContactPerson(name: "Mairie", email: "mairie-\(tag)@saint-lary.example")]))
            try await harness.awaitSettled(reference, count: 1)
            #expect(try await harness.schema.count("""
                SELECT attempts FROM messages WHERE reference = \(reference) AND status = 'failed'
                """, logger: harness.logger) == 3)
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE payload::jsonb->>'type' = 'EmailFailed'
                  AND payload::jsonb->'data'->>'subjectReference' = \(reference) AND payload::jsonb->'data'->>'permanent' = 'false'
                """, logger: harness.logger) == 1)
        }
    }

    @Test("A submission becomes one acknowledgement per contact: a redelivery sends nothing more, a 451 is retried, a 550 is not")
    func acknowledgement() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let mairie = "mairie-\(tag)@saint-lary.example", busy = "busy-\(tag)@saint-lary.example"
            let rejected = "reject-\(tag)@saint-lary.example"
            let call = CallID(), sitting = JurySessionID()
            let reference = "AC-2027-\(tag.prefix(4))"
            try await harness.publish(EventEnvelope(source: "applications", data: CallPublished(
                callId: call, action: .consultingAid, title: "Aide au conseil (édition 2027)", opensAt: Date(), closesAt: Date(),
                maxBeneficiaries: 50, eligibleKinds: [.commune], subsidyRate: nil, subsidyCap: nil, consultingDays: 7,
                criteria: ["Taille"], budgetEnvelope: nil)))
            try await harness.publish(EventEnvelope(source: "jury", data: JurySittingScheduled(
                sittingId: sitting, sittingDate: LocalDate(year: 2027, month: 6, day: 15), callIds: [call], cutOff: Date())))
            let known = try await eventually {
                try await harness.schema.count("""
                    SELECT (SELECT count(*)::int FROM calls WHERE call_id = \(call.uuid)) + (SELECT count(*)::int FROM sittings WHERE sitting_id = \(sitting.uuid))
                    """, logger: harness.logger) == 2
            }
            try #require(known, "the call and the sitting reached the service")

            let submitted = harness.submission(reference: reference, call: call, contacts: [
                ContactPerson(name: "Secrétariat de mairie", email: mairie), ContactPerson(name: "Élu référent", email: busy),
                ContactPerson(name: "Adresse périmée", email: rejected),
            ])
            let bytes = try submitted.encoded()
            try await harness.publish(bytes, topic: .applications, key: submitted.data.aggregateKey)
            try await harness.publish(bytes, topic: .applications, key: submitted.data.aggregateKey)  // redelivered
            try await harness.awaitSettled(reference, count: 3)

            let received = try #require(try ReceivedMail.to(mairie, on: "plain").first)
            #expect(try ReceivedMail.to(mairie, on: "plain").count == 1)
            #expect(received.subject == "Dossier \(reference) reçu")
            #expect(received.text?.contains("déposé au titre de l'appel « Aide au conseil (édition 2027) »") == true)
            #expect(received.text?.contains("Le jury de sélection doit se réunir le 15 juin 2027.") == true)
            #expect(received.html?.contains("<html lang=\"fr\">") == true)
            #expect(received.html?.contains("« Point public d&#39;accès à Internet »") == true)
            #expect(try ReceivedMail.to(busy, on: "plain").count == 1)
            #expect(try ReceivedMail.to(rejected, on: "plain").isEmpty)

            let rows = try await harness.schema.client.query("""
                SELECT recipient, status, attempts, coalesce(last_reply, '') FROM messages WHERE reference = \(reference)
                """, logger: harness.logger)
            var outcomes: [String: (String, Int, String)] = [:]
            for try await (recipient, status, attempts, reply) in rows.decode((String, String, Int, String).self) {
                outcomes[recipient] = (status, attempts, reply)
            }
            #expect(outcomes[mairie]?.0 == "sent" && outcomes[mairie]?.1 == 1)
            #expect(outcomes[busy]?.0 == "sent" && outcomes[busy]?.1 == 2)
            #expect(outcomes[rejected]?.0 == "failed" && outcomes[rejected]?.1 == 1)
            #expect(outcomes[rejected]?.2.hasPrefix("550") == true)
            let published = try await harness.schema.client.query("""
                SELECT payload::jsonb->>'type', coalesce(payload::jsonb->'data'->>'permanent', '') FROM outbox
                WHERE payload::jsonb->'data'->>'subjectReference' = \(reference)
                """, logger: harness.logger)
            var events: [String] = []
            for try await (type, permanent) in published.decode((String, String).self) { events.append(type + permanent) }
            #expect(events.sorted() == ["EmailDelivered", "EmailDelivered", "EmailFailedtrue"])
        }
    }
}
