@testable import Applications
import Configuration
import ServiceKit
import Testing

@Suite("Applications settings and CSV fields")
struct ApplicationsConfigurationTests {
    static func settings(_ environment: [String: String]) throws -> ApplicationsConfiguration {
        try ApplicationsConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
    }

    @Test("Defaults: 10 MB attachments, cookies without Secure; both can be set")
    func values() throws {
        let defaults = try Self.settings([:])
        #expect(defaults.attachmentMaxBytes == 10 * 1024 * 1024 && !defaults.secureCookies)
        let set = try Self.settings(["ATTACHMENTS_MAX_BYTES": "2048", "COOKIES_SECURE": "true"])
        #expect(set.attachmentMaxBytes == 2048 && set.secureCookies)
    }

    @Test("A malformed value names its variable", arguments: [
        ["ATTACHMENTS_MAX_BYTES": "dix"], ["ATTACHMENTS_MAX_BYTES": "0"], ["COOKIES_SECURE": "oui"],
    ])
    func malformed(environment: [String: String]) {
        #expect(throws: ConfigurationError.self) { try Self.settings(environment) }
    }

    @Test("Exported fields are quoted when they must be, and formulas are neutralised")
    func csvFields() {
        #expect(SpreadsheetCSV.field("Saint-Lary") == "Saint-Lary")
        #expect(SpreadsheetCSV.field("a;b") == "\"a;b\"")
        #expect(SpreadsheetCSV.field("le \"Mas\"") == "\"le \"\"Mas\"\"\"")
        #expect(SpreadsheetCSV.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(SpreadsheetCSV.field("+33 5 61") == "'+33 5 61")
    }
}
