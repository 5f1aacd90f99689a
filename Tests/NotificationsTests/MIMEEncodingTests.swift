import Foundation
@testable import Notifications
import Testing

@Suite("MIME encoding")
struct MIMEEncodingTests {
    @Test("ASCII header text stays as it is; other text becomes UTF-8 encoded words of at most 75 characters")
    func encodedWords() throws {
        #expect(MIMEEncoding.headerWord("Dossier AC-2026-0001") == "Dossier AC-2026-0001")
        let subject = String(repeating: "Sélection du jury — ", count: 6)
        let encoded = MIMEEncoding.headerWord(subject)
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = try words.map { word -> String in
            let payload = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return String(decoding: try #require(Data(base64Encoded: String(payload))), as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
    }

    @Test("A line starting with a dot gets another; the data ends with a lone dot")
    func dotStuffing() {
        let stuffed = String(decoding: MIMEEncoding.dotStuffed(Array(".début\r\nmilieu\r\n..deux\r\nfin".utf8)), as: UTF8.self)
        #expect(stuffed == "..début\r\nmilieu\r\n...deux\r\nfin\r\n.\r\n")
    }

    @Test("File names: plain when ASCII, RFC 2231 when not")
    func fileNames() {
        #expect(MIMEEncoding.fileNameParameter("invitation.ics") == "filename=\"invitation.ics\"")
        #expect(MIMEEncoding.fileNameParameter("séance du jury.ics") == "filename*=UTF-8''s%C3%A9ance%20du%20jury.ics")
    }

    @Test("Base64 bodies come in lines of 76 characters")
    func base64Lines() {
        let lines = MIMEEncoding.base64Lines(Array(repeating: 65, count: 200)).components(separatedBy: "\r\n").dropLast()
        #expect(lines.dropLast().allSatisfy { $0.count == 76 })
        #expect(Data(base64Encoded: lines.joined()) == Data(repeating: 65, count: 200))
    }

    @Test("The Date header: RFC 5322, in UTC, day and month in English")
    func dateHeader() {
        #expect(MailMessage.rfc5322Date(Date(timeIntervalSince1970: 1_796_054_400)) == "Mon, 30 Nov 2026 16:00:00 +0000")
        #expect(MailMessage.rfc5322Date(Date(timeIntervalSince1970: 1_783_071_005.9)) == "Fri, 03 Jul 2026 09:30:05 +0000")
    }
}
