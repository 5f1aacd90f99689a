import Configuration
import ServiceKit

/// The resource centre's own settings, beside the platform's ``ServiceConfiguration``.
struct ResourcesConfiguration: Sendable {
    /// Marks session cookies `Secure`; set behind TLS (`COOKIES_SECURE=true`).
    var secureCookies = false
    /// The centre's public address, for the links in feeds and events (`PUBLIC_URL`).
    var publicURL = "http://127.0.0.1:8084"
    /// The website diagnostic's crawler (`DIAGNOSTIC_*`).
    var diagnostic = DiagnosticSettings()

    init() {}

    init(reader: ConfigReader) throws(ConfigurationError) {
        secureCookies = try ServiceConfiguration.flag(reader, "cookies.secure", variable: "COOKIES_SECURE", default: secureCookies)
        publicURL = reader.string(forKey: "public.url", default: publicURL)
        diagnostic = try DiagnosticSettings(reader: reader)
    }
}
