import Events
import Foundation
import Model
@testable import Notifications
import Testing

/// A sender whose outcomes wait longer than a lease to be recorded (a slow database) keeps its
/// messages: no other sender claims and sends them again.
extension NotificationsDeliveryTests {
    @Test("Outcomes recorded long after their lease would have run out: every email arrives once")
    func leaseOutlivedByRecording() async throws {
        // The recorder commits the first outcome, then waits 5 s before the next commit: the
        // other messages, sent at once, stay unrecorded for more than twice their 2 s lease.
        try await withService({
            $0.delivery.lease = .seconds(2)
            $0.delivery.outcomeWindow = .seconds(5)
            $0.delivery.connections = 2
            $0.delivery.batchSize = 2
            $0.delivery.messagesPerSecond = 100
        }) { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let reference = "AC-2027-L\(tag.prefix(3))"
            let recipients = (1...8).map { "mairie\($0)-\(tag)@saint-lary.example" }
            try await harness.publish(harness.submission(reference: reference, call: CallID(),
                                                         contacts: recipients.map { ContactPerson(name: "Mairie", email: $0) }))
            try await harness.awaitSettled(reference, count: 8, timeout: .seconds(40))
            for recipient in recipients {
                #expect(try ReceivedMail.to(recipient, on: "plain").count == 1, "\(recipient) received its acknowledgement once")
            }
            #expect(try await harness.schema.count("""
                SELECT count(*)::int FROM outbox WHERE payload::jsonb->>'type' = 'EmailDelivered'
                  AND payload::jsonb->'data'->>'subjectReference' = \(reference)
                """, logger: harness.logger) == 8)
        }
    }
}
