import Configuration
@testable import Jury
import ServiceKit
import Testing

@Suite("Jury settings")
struct JuryConfigurationTests {
    static func settings(_ environment: [String: String]) throws -> JuryConfiguration {
        try JuryConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
    }

    @Test("Cookies without Secure by default, with it when set; anything but true or false names COOKIES_SECURE")
    func secureCookies() throws {
        #expect(try !Self.settings([:]).secureCookies)
        #expect(try Self.settings(["COOKIES_SECURE": "true"]).secureCookies)
        #expect {
            try Self.settings(["COOKIES_SECURE": "oui"])
        } throws: { error in
            "\(error)".contains("COOKIES_SECURE")
        }
    }
}
