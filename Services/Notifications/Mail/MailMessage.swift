import Foundation

/// An email: text and HTML alternatives, attachments, RFC 5322 headers in UTF-8.
struct MailMessage: Sendable {
    var from: MailAddress
    var to: [MailAddress]
    var subject: String
    var text: String
    var html: String?
    var attachments: [MailAttachment] = []
    /// Extra headers (e.g. `List-Unsubscribe`), written as given: ASCII only.
    var headers: [(String, String)] = []
    /// `<…@domain>`: lets a client thread replies and a log find the message.
    var messageId: String
    var date: Date

    /// The message's bytes, CRLF line ends, ready for DATA (before dot-stuffing).
    /// - Parameter boundarySeed: makes the MIME boundaries; random unless a test fixes it.
    func rendered(boundarySeed: String = UUID().uuidString) -> [UInt8] {
        var lines = [
            "From: \(from.headerValue)",
            "To: \(to.map(\.headerValue).joined(separator: ", "))",
            "Subject: \(MIMEEncoding.headerWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: \(messageId)",
            "MIME-Version: 1.0",
        ]
        lines += headers.map { "\($0.0): \($0.1)" }
        let alternative = "alt-\(boundarySeed)", mixed = "mix-\(boundarySeed)"
        var body = ""
        let textPart = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + MIMEEncoding.base64Lines(Array(text.utf8))
        let content: String
        if let html {
            content = "Content-Type: multipart/alternative; boundary=\"\(alternative)\"\r\n\r\n"
                + "--\(alternative)\r\n" + textPart
                + "--\(alternative)\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + MIMEEncoding.base64Lines(Array(html.utf8)) + "--\(alternative)--\r\n"
        } else {
            content = textPart
        }
        if attachments.isEmpty {
            body = content
        } else {
            body = "Content-Type: multipart/mixed; boundary=\"\(mixed)\"\r\n\r\n--\(mixed)\r\n" + content
            for attachment in attachments {
                body += "--\(mixed)\r\nContent-Type: \(attachment.contentType)\r\nContent-Transfer-Encoding: base64\r\n"
                    + "Content-Disposition: attachment; \(MIMEEncoding.fileNameParameter(attachment.fileName))\r\n\r\n"
                    + MIMEEncoding.base64Lines(attachment.content)
            }
            body += "--\(mixed)--\r\n"
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n" + body).utf8)
    }

    /// `Mon, 30 Nov 2026 16:05:00 +0000`: written by hand, as a date formatter costs more
    /// than the rest of the message.
    static func rfc5322Date(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(twoDigits(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec)) +0000"
    }
}
