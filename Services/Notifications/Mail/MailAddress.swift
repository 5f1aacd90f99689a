/// An addressee or sender: the address and, optionally, the name shown.
struct MailAddress: Sendable, Equatable, Codable {
    var address: String
    var name: String?

    init(_ address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }

    /// As a header writes it, the name a phrase that no reader can split or misread
    /// (RFC 5322 §3.4): `Jeanne Martin <a@b.fr>`, `"Martin, Paul (DGS)" <a@b.fr>`, or
    /// `=?UTF-8?B?…?= <a@b.fr>` when the name is not printable ASCII (RFC 2047).
    var headerValue: String {
        guard let name, !name.isEmpty else { return "<\(address)>" }
        return "\(MIMEEncoding.displayName(name)) <\(address)>"
    }

    /// Whether the address can go in an SMTP command and a header as it is (no line break,
    /// no angle bracket, one @, no space): what is not is refused before any connection.
    var isSafe: Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !address.contains { $0.isWhitespace || $0.isNewline || "<>,;\"".contains($0) }
    }
}
