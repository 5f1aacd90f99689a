/// A server's reply: its three-digit code and its text lines (a multi-line reply has several).
struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    var code: Int
    var lines: [String]

    /// 2xx and 3xx: the command went through.
    var isPositive: Bool { (200..<400).contains(code) }
    /// 4xx: worth trying again later.
    var isTransient: Bool { (400..<500).contains(code) }

    var description: String { lines.map { "\(code) \($0)" }.joined(separator: " / ") }
}
