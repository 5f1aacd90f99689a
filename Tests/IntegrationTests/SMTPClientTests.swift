import Foundation
@testable import Notifications
import Testing

/// The SMTP client against a real SMTP server (aiosmtpd, started by scripts/test): plain,
/// STARTTLS with a self-signed certificate, AUTH; refusals by code.
@Suite("SMTP client", .platform, .serialized)
struct SMTPClientTests {
    static var plain: SMTPSettings {
        var settings = SMTPSettings()
        settings.port = TestEnvironment.smtpPort
        settings.tls = .off
        settings.replyTimeout = .seconds(5)
        return settings
    }

    static func address(_ prefix: String = "mairie") -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())@collectivite.example"
    }

    static func message(to recipient: String, subject: String = "Accusé de réception", text: String = "Bonjour,\r\nVotre dossier est reçu.\r\n",
                        html: String? = "<p>Bonjour,</p><p>Votre dossier est reçu.</p>", attachments: [MailAttachment] = []) -> MailMessage {
        MailMessage(from: MailAddress("ne-pas-repondre@ipc.example", name: "Internet Public et Citoyen"),
                    to: [MailAddress(recipient, name: "Mairie de Saint-Lary")], subject: subject, text: text, html: html,
                    attachments: attachments, headers: [("List-Unsubscribe", "<https://ipc.example/desabonnement/abc>")],
                    messageId: "<\(UUID().uuidString)@ipc.example>", date: Date())
    }

    @Test("A message arrives intact: UTF-8 subject, both alternatives, an attachment with an accented name, a dot-led line")
    func intact() async throws {
        let recipient = Self.address()
        let calendar = Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".utf8)
        let subject = "Votre dossier PI-2026-0001 : sélectionné — 50 000,00 € accordés pour l'Espace public numérique itinérant"
        let text = "Bonjour,\r\n.Cette ligne commence par un point.\r\n..et celle-ci par deux.\r\nCordialement\r\n"
        let sent = Self.message(to: recipient, subject: subject, text: text,
                                attachments: [MailAttachment(fileName: "séance-du-jury.ics", contentType: "text/calendar", content: calendar)])
        let reply = try await SMTPClient(settings: Self.plain).withSession { session in
            try await session.send(sent, envelopeFrom: "rebonds@ipc.example")
        }
        #expect(reply.code == 250)
        let received = try #require(try ReceivedMail.to(recipient, on: "plain").first)
        #expect(received.subject == subject)
        #expect(received.text == text)
        #expect(received.html == "<p>Bonjour,</p><p>Votre dossier est reçu.</p>")
        #expect(received.attachments.map(\.fileName) == ["séance-du-jury.ics"])
        #expect(received.attachments.first?.content == calendar)
        #expect(received.headers["List-Unsubscribe"] == "<https://ipc.example/desabonnement/abc>")
        #expect(received.headers["From"] == "Internet Public et Citoyen <ne-pas-repondre@ipc.example>")
    }

    @Test("An address that could write commands of its own is refused before any, and the session goes on")
    func unsafeAddress() async throws {
        let intruder = "intrus-\(UUID().uuidString.prefix(8).lowercased())@collectivite.example", last = Self.address()
        try await SMTPClient(settings: Self.plain).withSession { session in
            do {
                _ = try await session.send(Self.message(to: "mairie@collectivite.example>\r\nRCPT TO:<\(intruder)"), envelopeFrom: "rebonds@ipc.example")
                Issue.record("an unsafe address was sent")
            } catch let error as SMTPError {
                #expect(error == .unsafeAddress)
            }
            #expect(try await session.send(Self.message(to: last), envelopeFrom: "rebonds@ipc.example").code == 250)
        }
        #expect(try ReceivedMail.to(intruder, on: "plain").isEmpty)
        #expect(try ReceivedMail.to(last, on: "plain").count == 1)
    }

    @Test("One connection carries several messages; a 550 is permanent and the next message still goes")
    func reuseAndPermanentRefusal() async throws {
        let first = Self.address(), rejected = Self.address("reject"), last = Self.address()
        try await SMTPClient(settings: Self.plain).withSession { session in
            #expect(try await session.send(Self.message(to: first), envelopeFrom: "rebonds@ipc.example").code == 250)
            do {
                _ = try await session.send(Self.message(to: rejected), envelopeFrom: "rebonds@ipc.example")
                Issue.record("a 550 was accepted")
            } catch let error as SMTPError {
                #expect(error == .permanent(SMTPReply(code: 550, lines: ["5.1.1 Destinataire inconnu"])))
                #expect(!error.isTemporary)
            }
            #expect(try await session.send(Self.message(to: last), envelopeFrom: "rebonds@ipc.example").code == 250)
        }
        #expect(try ReceivedMail.to(first, on: "plain").count == 1)
        #expect(try ReceivedMail.to(last, on: "plain").count == 1)
    }

    @Test("A 451 is temporary; the same message then goes through once")
    func transientRefusal() async throws {
        let recipient = Self.address("busy")
        let message = Self.message(to: recipient)
        let client = SMTPClient(settings: Self.plain)
        await #expect(throws: SMTPError.self) {
            try await client.withSession { try await $0.send(message, envelopeFrom: "rebonds@ipc.example") }
        }
        do {
            _ = try await client.withSession { try await $0.send(message, envelopeFrom: "rebonds@ipc.example") }
        }
        #expect(try ReceivedMail.to(recipient, on: "plain").count == 1)
    }

    @Test("STARTTLS: required and trusted through the configured certificate; refused where the server does not offer it")
    func startTLS() async throws {
        var settings = Self.plain
        settings.port = TestEnvironment.smtpPort + 1
        settings.tls = .required
        settings.trustedCertificatesFile = URL(fileURLWithPath: TestEnvironment.mailFolder).deletingLastPathComponent()
            .appendingPathComponent("smtp-tls/cert.pem").path
        let recipient = Self.address()
        _ = try await SMTPClient(settings: settings).withSession { try await $0.send(Self.message(to: recipient), envelopeFrom: "rebonds@ipc.example") }
        #expect(try ReceivedMail.to(recipient, on: "starttls").first?.tls == true)

        // Without the certificate trusted, the handshake fails: nothing is sent in the clear.
        var untrusted = settings
        untrusted.trustedCertificatesFile = nil
        let refused = Self.address()
        await #expect(throws: (any Error).self) {
            try await SMTPClient(settings: untrusted).withSession { try await $0.send(Self.message(to: refused), envelopeFrom: "rebonds@ipc.example") }
        }
        #expect(try ReceivedMail.to(refused, on: "starttls").isEmpty)

        var plainRequired = Self.plain
        plainRequired.tls = .required
        await #expect(throws: SMTPError.startTLSUnavailable) {
            try await SMTPClient(settings: plainRequired).withSession { _ in }
        }
    }

    @Test("AUTH: the right credentials send, wrong ones are refused for good")
    func authentication() async throws {
        var settings = Self.plain
        settings.port = TestEnvironment.smtpPort + 2
        settings.credentials = SMTPCredentials(username: "ipc-test", password: "ipc-test-password")
        let recipient = Self.address()
        _ = try await SMTPClient(settings: settings).withSession { try await $0.send(Self.message(to: recipient), envelopeFrom: "rebonds@ipc.example") }
        #expect(try ReceivedMail.to(recipient, on: "auth").first?.authenticated == true)

        settings.credentials = SMTPCredentials(username: "ipc-test", password: "mauvais")
        do {
            try await SMTPClient(settings: settings).withSession { _ in }
            Issue.record("wrong credentials were accepted")
        } catch let error as SMTPError {
            guard case .permanent(let reply) = error else { Issue.record("not permanent: \(error)"); return }
            #expect(reply.code == 535)
        }
    }

    @Test("A server that is down is a temporary connection failure")
    func serverDown() async throws {
        var settings = Self.plain
        settings.port = try await TCPProxy.freePort()
        do {
            try await SMTPClient(settings: settings).withSession { _ in }
            Issue.record("connected to nothing")
        } catch let error as SMTPError {
            #expect(error.isTemporary)
        }
    }
}
