/// Where and how to send mail.
struct SMTPSettings: Sendable {
    var host = "127.0.0.1"
    var port = 1025
    var tls = SMTPTLSMode.optional
    /// PEM certificates trusted besides the system's (a private relay's own certificate).
    var trustedCertificatesFile: String?
    var credentials: SMTPCredentials?
    /// The name the client gives in EHLO.
    var clientName = "ipc-notifications.localhost"
    /// How long one reply may take before the connection is given up.
    var replyTimeout: Duration = .seconds(30)
    var connectTimeout: Duration = .seconds(10)
}
