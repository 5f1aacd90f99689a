import Configuration
import ServiceKit

/// The jury service's own settings, beside the platform's ``ServiceConfiguration``.
struct JuryConfiguration: Sendable {
    /// Marks session cookies `Secure`; set behind TLS (`COOKIES_SECURE=true`).
    var secureCookies = false

    init() {}

    init(reader: ConfigReader) throws(ConfigurationError) {
        secureCookies = try ServiceConfiguration.flag(reader, "cookies.secure", variable: "COOKIES_SECURE", default: secureCookies)
    }
}
