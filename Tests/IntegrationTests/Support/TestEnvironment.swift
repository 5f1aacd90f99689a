import Foundation
import Kafka
import Logging
import Persistence

/// Where `scripts/test` started the real PostgreSQL and broker.
enum TestEnvironment {
    /// The variables `scripts/test` sets once the platform is up.
    static let requiredVariables = ["IPC_TEST_POSTGRES_HOST", "IPC_TEST_POSTGRES_PORT", "IPC_TEST_POSTGRES_DATABASE",
                                    "IPC_TEST_KAFKA_BROKERS", "IPC_TEST_ADMIN_USER", "IPC_TEST_ADMIN_PASSWORD",
                                    "IPC_TEST_SMTP_PORT", "IPC_TEST_MAIL_FOLDER"]

    /// Whether the platform's variables are all set (otherwise the integration suites are skipped).
    static var isConfigured: Bool {
        requiredVariables.allSatisfy { ProcessInfo.processInfo.environment[$0]?.isEmpty == false }
    }

    static func value(_ name: String) -> String {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            fatalError("\(name) is not set: integration tests run through scripts/test, which starts PostgreSQL and the broker")
        }
        return value
    }

    static var postgresHost: String { value("IPC_TEST_POSTGRES_HOST") }
    static var postgresPort: Int { Int(value("IPC_TEST_POSTGRES_PORT"))! }
    static var database: String { value("IPC_TEST_POSTGRES_DATABASE") }
    static var kafkaBrokers: String { value("IPC_TEST_KAFKA_BROKERS") }
    /// The test SMTP server: plain on this port, STARTTLS on the next, AUTH on the one after.
    static var smtpPort: Int { Int(value("IPC_TEST_SMTP_PORT"))! }
    /// Where the test SMTP server writes what it accepts, one folder per listener.
    static var mailFolder: String { value("IPC_TEST_MAIL_FOLDER") }

    /// The cluster's administrator, who creates one throw-away schema per test.
    static func postgres(schema: String?, port: Int? = nil) -> PostgresConfiguration {
        PostgresConfiguration(host: postgresHost, port: port ?? postgresPort, username: value("IPC_TEST_ADMIN_USER"),
                              password: value("IPC_TEST_ADMIN_PASSWORD"), database: database, schema: schema,
                              maximumConnections: 10, connectTimeout: .seconds(2))
    }

    static func kafka(brokers: String? = nil) -> KafkaConfiguration {
        KafkaConfiguration(bootstrapServers: brokers ?? kafkaBrokers, clientId: "integration-tests", topicPartitions: 3)
    }

    static var logger: Logger {
        var logger = Logger(label: "integration-tests")
        logger.logLevel = .warning
        return logger
    }

    /// A name no other test or run uses (topics, schemas, groups).
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
    }
}
