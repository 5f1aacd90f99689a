import Configuration
@testable import Notifications
import ServiceKit
import Testing

@Suite("Notifications settings")
struct NotificationsConfigurationTests {
    static func settings(_ environment: [String: String]) throws -> NotificationsConfiguration {
        try NotificationsConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
    }

    @Test("Defaults for local use: a relay on 127.0.0.1:1025, STARTTLS when offered, no credentials")
    func defaults() throws {
        let settings = try Self.settings([:])
        #expect(settings.smtp.host == "127.0.0.1" && settings.smtp.port == 1025 && settings.smtp.tls == .optional)
        #expect(settings.smtp.credentials == nil)
        #expect(settings.sender.address == "ne-pas-repondre@ipc.localhost")
        #expect(settings.subscriptionConfirmationsPerHour == 100)
        #expect(try Self.settings(["SUBSCRIPTION_CONFIRMATIONS_PER_HOUR": "20"]).subscriptionConfirmationsPerHour == 20)
    }

    @Test("Every SMTP setting is read from its variable")
    func values() throws {
        let settings = try Self.settings([
            "SMTP_HOST": "smtp.region.example", "SMTP_PORT": "587", "SMTP_TLS": "required", "SMTP_TLS_CA_FILE": "/etc/ipc/relais.pem",
            "SMTP_USERNAME": "ipc", "SMTP_PASSWORD": "secret", "SMTP_SENDER": "programme@region.example",
            "SMTP_SENDER_NAME": "Région — Internet Public et Citoyen", "SMTP_TIMEOUT_SECONDS": "12",
        ])
        #expect(settings.smtp.host == "smtp.region.example" && settings.smtp.port == 587 && settings.smtp.tls == .required)
        #expect(settings.smtp.trustedCertificatesFile == "/etc/ipc/relais.pem")
        #expect(settings.smtp.credentials == SMTPCredentials(username: "ipc", password: "secret"))
        #expect(settings.sender == MailAddress("programme@region.example", name: "Région — Internet Public et Citoyen"))
        #expect(settings.smtp.replyTimeout == .seconds(12))
    }

    @Test("A malformed or incomplete setting names its variable", arguments: [
        (["SMTP_TLS": "toujours"], "SMTP_TLS"), (["SMTP_PORT": "vingt-cinq"], "SMTP_PORT"),
        (["SMTP_USERNAME": "ipc"], "SMTP_PASSWORD"), (["SMTP_PASSWORD": "secret"], "SMTP_USERNAME"),
        (["SMTP_SENDER": "pas une adresse"], "SMTP_SENDER"), (["SUBSCRIPTION_CONFIRMATIONS_PER_HOUR": "0"], "SUBSCRIPTION_CONFIRMATIONS_PER_HOUR"),
    ])
    func malformed(environment: [String: String], variable: String) {
        #expect {
            try Self.settings(environment)
        } throws: { error in
            "\(error)".contains(variable)
        }
    }
}
