import Configuration
import ServiceKit

/// The applications service's own settings, beside the platform's ``ServiceConfiguration``.
struct ApplicationsConfiguration: Sendable {
    /// The largest attachment accepted, in bytes (`ATTACHMENTS_MAX_BYTES`, 10 MB by default).
    var attachmentMaxBytes = 10 * 1024 * 1024
    /// Marks session cookies `Secure`; set behind TLS (`COOKIES_SECURE=true`).
    var secureCookies = false

    init() {}

    init(reader: ConfigReader) throws(ConfigurationError) {
        attachmentMaxBytes = try ServiceConfiguration.positive(reader, "attachments.max.bytes", variable: "ATTACHMENTS_MAX_BYTES",
                                                               default: attachmentMaxBytes)
        secureCookies = try ServiceConfiguration.flag(reader, "cookies.secure", variable: "COOKIES_SECURE", default: secureCookies)
    }
}
