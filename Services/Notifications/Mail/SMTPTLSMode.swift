/// Whether the connection to the SMTP server is upgraded with STARTTLS.
enum SMTPTLSMode: String, Sendable, CaseIterable {
    /// STARTTLS must succeed; a server that does not offer it is refused.
    case required
    /// STARTTLS when the server offers it, plain text otherwise.
    case optional
    /// Never (a relay on the same host).
    case off
}
