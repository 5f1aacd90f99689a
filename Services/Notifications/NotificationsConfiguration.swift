import Foundation
import Configuration
import ServiceKit

/// The notifications service's own settings: the SMTP server and the sender.
struct NotificationsConfiguration: Sendable {
    var smtp = SMTPSettings()
    /// The `From` of every email.
    var sender = MailAddress("ne-pas-repondre@ipc.localhost", name: "Internet Public et Citoyen")
    /// Where bounces go (`MAIL FROM`); the sender's address by default.
    var bounceAddress: String?
    var delivery = DeliveryPolicy()
    /// Where the links of the emails point: this service as the public reaches it.
    var publicURL = "http://127.0.0.1:8085"
    var scheduled = ScheduledMailPolicy()
    /// Marks the back-office's session cookies `Secure`; set behind TLS (`COOKIES_SECURE=true`).
    var secureCookies = false
    /// Subscription confirmation links sent per hour at most (`SUBSCRIPTION_CONFIRMATIONS_PER_HOUR`).
    var subscriptionConfirmationsPerHour = 100

    init() {}

    /// `SMTP_HOST`, `SMTP_PORT`, `SMTP_TLS` (required, optional or off), `SMTP_TLS_CA_FILE`,
    /// `SMTP_USERNAME` and `SMTP_PASSWORD` (both or neither), `SMTP_SENDER`, `SMTP_SENDER_NAME`,
    /// `SMTP_BOUNCE_ADDRESS`, `SMTP_TIMEOUT_SECONDS`; `MAIL_MAX_ATTEMPTS`, `MAIL_RETRY_SECONDS` (the first
    /// retry's delay, doubling after), `MAIL_RATE_PER_SECOND`, `MAIL_CONNECTIONS` (SMTP connections at once), `MAIL_DIGEST_SECONDS` (how often new publications go to subscribers), `PUBLIC_URL` (the links' base),
    /// `MAIL_LEASE_SECONDS` (how long a claimed
    /// message waits for its sender before another may send it); `COOKIES_SECURE`.
    init(reader: ConfigReader) throws(ConfigurationError) {
        smtp.host = reader.string(forKey: "smtp.host", default: smtp.host)
        smtp.port = try ServiceConfiguration.positive(reader, "smtp.port", variable: "SMTP_PORT", default: smtp.port)
        let tls = reader.string(forKey: "smtp.tls", default: smtp.tls.rawValue)
        guard let mode = SMTPTLSMode(rawValue: tls) else {
            throw ConfigurationError.invalid(variable: "SMTP_TLS", value: tls, expected: "required, optional or off")
        }
        smtp.tls = mode
        smtp.trustedCertificatesFile = reader.string(forKey: "smtp.tls.ca.file")
        let username = reader.string(forKey: "smtp.username"), password = reader.string(forKey: "smtp.password")
        switch (username, password) {
        case (let username?, let password?): smtp.credentials = SMTPCredentials(username: username, password: password)
        case (nil, nil): smtp.credentials = nil
        case (nil, _): throw ConfigurationError.missing(variable: "SMTP_USERNAME", reason: "SMTP_PASSWORD is set")
        case (_, nil): throw ConfigurationError.missing(variable: "SMTP_PASSWORD", reason: "SMTP_USERNAME is set")
        }
        let timeout = try ServiceConfiguration.positive(reader, "smtp.timeout.seconds", variable: "SMTP_TIMEOUT_SECONDS", default: 30)
        smtp.replyTimeout = .seconds(timeout)
        sender = MailAddress(reader.string(forKey: "smtp.sender", default: sender.address),
                             name: reader.string(forKey: "smtp.sender.name", default: sender.name ?? ""))
        guard sender.isSafe else {
            throw ConfigurationError.invalid(variable: "SMTP_SENDER", value: sender.address, expected: "an email address")
        }
        delivery.maxAttempts = try ServiceConfiguration.positive(reader, "mail.max.attempts", variable: "MAIL_MAX_ATTEMPTS",
                                                                 default: delivery.maxAttempts)
        delivery.firstRetryDelay = .seconds(try ServiceConfiguration.positive(reader, "mail.retry.seconds", variable: "MAIL_RETRY_SECONDS",
                                                                              default: 30))
        delivery.messagesPerSecond = Double(try ServiceConfiguration.positive(reader, "mail.rate.per.second", variable: "MAIL_RATE_PER_SECOND",
                                                                              default: 20))
        delivery.connections = try ServiceConfiguration.positive(reader, "mail.connections", variable: "MAIL_CONNECTIONS",
                                                                 default: delivery.connections)
        delivery.lease = .seconds(try ServiceConfiguration.positive(reader, "mail.lease.seconds", variable: "MAIL_LEASE_SECONDS", default: 60))
        publicURL = reader.string(forKey: "public.url", default: publicURL)
        guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
              !publicURL.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else {
            throw ConfigurationError.invalid(variable: "PUBLIC_URL", value: publicURL, expected: "an http(s) URL")
        }
        if publicURL.hasSuffix("/") { publicURL.removeLast() }
        scheduled.digestInterval = .seconds(try ServiceConfiguration.positive(reader, "mail.digest.seconds", variable: "MAIL_DIGEST_SECONDS",
                                                                             default: 86_400))
        secureCookies = try ServiceConfiguration.flag(reader, "cookies.secure", variable: "COOKIES_SECURE", default: secureCookies)
        subscriptionConfirmationsPerHour = try ServiceConfiguration.positive(
            reader, "subscription.confirmations.per.hour", variable: "SUBSCRIPTION_CONFIRMATIONS_PER_HOUR", default: subscriptionConfirmationsPerHour)
        bounceAddress = reader.string(forKey: "smtp.bounce.address")
        if let bounceAddress, !MailAddress(bounceAddress).isSafe {
            throw ConfigurationError.invalid(variable: "SMTP_BOUNCE_ADDRESS", value: bounceAddress, expected: "an email address")
        }
    }
}
