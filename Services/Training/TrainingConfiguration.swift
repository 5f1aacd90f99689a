import Configuration
import ServiceKit

/// The training service's own settings, beside the platform's ``ServiceConfiguration``.
struct TrainingConfiguration: Sendable {
    /// Marks session cookies `Secure`; set behind TLS (`COOKIES_SECURE=true`).
    var secureCookies = false
    /// The front's public address, for the links in emails and calendars (`PUBLIC_URL`).
    var publicURL = "http://127.0.0.1:8083"

    init() {}

    init(reader: ConfigReader) throws(ConfigurationError) {
        secureCookies = try ServiceConfiguration.flag(reader, "cookies.secure", variable: "COOKIES_SECURE", default: secureCookies)
        publicURL = reader.string(forKey: "public.url", default: publicURL)
    }
}
