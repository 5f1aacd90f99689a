import Access
import Events
import Foundation
import Model
@testable import Notifications
import StaffAccess
import Testing

/// The delivery log's API on the real service, database and SMTP server: staff find a
/// dossier's messages with their outcome and send one again. In the delivery suite, whose
/// tests run one at a time: two services at once would both answer the same events.
extension NotificationsDeliveryTests {
    @Test("Staff search the log by reference and address, see each outcome and the server's reply, and resend")
    func searchAndResend() async throws {
        try await withService { harness in
            let tag = UUID().uuidString.prefix(8).lowercased()
            let reference = "AC-2027-L\(tag.prefix(3))".uppercased()
            let mairie = "mairie-\(tag)@saint-lary.example", rejected = "reject-\(tag)@saint-lary.example"
            try await harness.publish(harness.submission(reference: reference, call: CallID(), contacts: [
                ContactPerson(name: "Secrétariat de mairie", email: mairie), ContactPerson(name: "Adresse périmée", email: rejected),
            ]))
            try await harness.awaitSettled(reference, count: 2)

            #expect(try await harness.api.get("/api/messages?reference=\(reference)").status == 401)
            let email = "equipe-\(tag)@ipc.example"
            try await TestAccounts.create(email, role: StaffRole.staff, displayName: "Équipe", password: "mot-de-passe-equipe",
                                          on: harness.schema.client)
            #expect(try await harness.api.post("/api/auth/token", ["email": email, "password": "mauvais-mot-de-passe"]).status == 401)
            let staff = try await harness.api.signedIn(email: email, password: "mot-de-passe-equipe")

            let byReference = try await staff.get("/api/messages?reference=\(reference.lowercased())")
            #expect(byReference.status == 200)
            let found = Dictionary(uniqueKeysWithValues: byReference.array.map { ($0["recipient"] as? String ?? "", $0) })
            #expect(found.count == 2)
            #expect(found[mairie]?["status"] as? String == "sent")
            #expect(found[mairie]?["attempts"] as? Int == 1)
            #expect((found[mairie]?["lastReply"] as? String)?.hasPrefix("250") == true)
            #expect(found[rejected]?["status"] as? String == "failed")
            #expect((found[rejected]?["lastReply"] as? String)?.hasPrefix("550") == true)
            #expect(found[mairie]?["subject"] as? String == "Dossier \(reference) reçu")

            let byAddress = try await staff.get("/api/messages?address=\(mairie.uppercased())")
            #expect(byAddress.array.map { $0["recipient"] as? String } == [mairie])
            let both = try await staff.get("/api/messages?reference=\(reference)&address=\(mairie)")
            #expect(both.status == 422 && both.isProblem && both.problemFields == ["reference"])
            #expect(try await staff.get("/api/messages/\(UUID())").status == 404)

            // The failed messages, the mail's dead letters: the 550 is there, the accepted one is not.
            let failed = try await staff.get("/api/messages?status=failed").array
            #expect(failed.contains { $0["recipient"] as? String == rejected && $0["status"] as? String == "failed" })
            #expect(!failed.contains { $0["recipient"] as? String == mairie })
            #expect(failed.allSatisfy { $0["status"] as? String == "failed" })
            let otherStatus = try await staff.get("/api/messages?status=sent")
            #expect(otherStatus.status == 422 && otherStatus.isProblem && otherStatus.problemFields == ["status"])
            #expect(try await staff.get("/api/messages?status=failed&reference=\(reference)").status == 422)

            // Resending the sent acknowledgement queues a new entry that points at it; the mailbox gets it a second time.
            let originalId = try #require(found[mairie]?["id"] as? String)
            let resent = try await staff.post("/api/messages/\(originalId)/resend")
            #expect(resent.status == 201)
            #expect(resent.object["resendOf"] as? String == originalId)
            #expect(resent.object["status"] as? String == "queued")
            let copyId = try #require(resent.object["id"] as? String)
            let arrived = try await eventually { try ReceivedMail.to(mairie, on: "plain").count == 2 }
            #expect(arrived, "the resent acknowledgement arrived")
            let copy = try await eventually { (try await staff.get("/api/messages/\(copyId)")).object["status"] as? String == "sent" }
            #expect(copy, "the copy is logged as sent")
            #expect(try await staff.get("/api/messages?reference=\(reference)").array.count == 3)
            #expect(try await harness.api.post("/api/messages/\(originalId)/resend").status == 401)
        }
    }
}
