import Foundation
@testable import Notifications
import Testing

/// Display names written by ``MailAddress`` and read back by Python's email parser, the
/// strictest reader at hand: each name must come back whole, as one address.
@Suite("Display names in address headers")
struct MailAddressHeaderTests {
    static let names = [
        "Jeanne Martin", "Martin, Paul (DGS)", #"Le "maire" de Foix"#, "Service <informatique>", "Élodie Dupré, secrétaire de mairie",
        #"C:\Dossiers; A\B"#, "=?UTF-8?B?SmVhbm5l?=", "Mairie d'Ax-les-Thermes", "Zoé\r\nBcc: intrus@example.org", "Tab\there",
    ]

    @Test("Names with commas, quotes, parentheses, angle brackets, accents, line breaks and look-alike encoded words come back as one address each")
    func pythonReadsEveryName() throws {
        let recipients = Self.names.enumerated().map { MailAddress("contact\($0.offset)@mairie.example.fr", name: $0.element) }
        let message = MailMessage(from: MailAddress("ne-pas-repondre@ipc.example.fr", name: "Internet Public et Citoyen, Région"),
                                  to: recipients, subject: "Essai", text: "Bonjour", messageId: "<essai@ipc.example.fr>", date: Date())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID()).eml")
        try Data(message.rendered()).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let script = """
            import email, email.policy, json, sys
            message = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
            print(json.dumps({'to': [[a.display_name, a.addr_spec] for a in message['To'].addresses],
                              'from': [[a.display_name, a.addr_spec] for a in message['From'].addresses],
                              'headers': sorted(set(message.keys())), 'defects': len(message['To'].defects)}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "Python could not read the message: \(complaint)")

        struct Parsed: Decodable { var to: [[String]]; var from: [[String]]; var headers: [String]; var defects: Int }
        let parsed = try JSONDecoder().decode(Parsed.self, from: data)
        // A name is one line: a line break or a tab comes back as a space, the rest as it was.
        #expect(parsed.to == recipients.map { [MIMEEncoding.oneLine($0.name ?? ""), $0.address] })
        #expect(parsed.to[8][0] == "Zoé Bcc: intrus@example.org")
        #expect(parsed.from == [["Internet Public et Citoyen, Région", "ne-pas-repondre@ipc.example.fr"]])
        #expect(parsed.defects == 0)
        #expect(!parsed.headers.contains("Bcc"), "a line break in a name must not start a header")
    }

    @Test("Atoms stay bare; specials are quoted and escaped; non-ASCII becomes encoded words")
    func shapes() {
        #expect(MIMEEncoding.displayName("Jeanne Martin") == "Jeanne Martin")
        #expect(MIMEEncoding.displayName("Martin, Paul (DGS)") == #""Martin, Paul (DGS)""#)
        #expect(MIMEEncoding.displayName(#"Le "maire""#) == #""Le \"maire\"""#)
        #expect(MIMEEncoding.displayName("Zoé").hasPrefix("=?UTF-8?B?"))
    }
}
