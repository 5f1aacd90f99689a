import Configuration
import Kafka
import Logging
import ServiceKit
import Testing

/// The settings of a production broker cluster (SASL/SCRAM over TLS, three replicas), read
/// from the environment as a service reads them and handed to the real librdkafka: it accepts
/// them, or refuses them at start with the setting's name, before any record is written.
@Suite("Kafka: SASL/SCRAM, TLS and replication settings")
struct KafkaSecuritySettingsTests {
    /// Debian's bundle of authorities (package ca-certificates), a real PEM file.
    private static let authorities = "/etc/ssl/certs/ca-certificates.crt"

    private func kafka(_ overrides: [String: String]) throws(ConfigurationError) -> KafkaConfiguration {
        var environment = [
            // A closed local port: the clients start, and fail to connect in the background only.
            "KAFKA_BROKERS": "127.0.0.1:9,127.0.0.2:9,127.0.0.3:9", "KAFKA_SECURITY_PROTOCOL": "sasl_ssl",
            "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512", "KAFKA_SASL_USERNAME": "jury", "KAFKA_SASL_PASSWORD": "k-secret",
            "KAFKA_SSL_CA_LOCATION": Self.authorities, "KAFKA_REPLICATION_FACTOR": "3", "KAFKA_MIN_INSYNC_REPLICAS": "2",
        ]
        environment.merge(overrides) { _, new in new }
        let configuration = try ServiceConfiguration(service: "jury", defaultHTTPPort: 8082,
                                                     reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
        return configuration.kafka
    }

    private var logger: Logger {
        var logger = Logger(label: "kafka-security-settings")
        logger.logLevel = .critical
        return logger
    }

    @Test("SASL/SCRAM over TLS with three replicas: librdkafka takes every setting, for producers and admin clients")
    func scramOverTLS() throws {
        let configuration = try kafka([:])
        #expect(configuration.replicationFactor == 3)
        #expect(configuration.minInSyncReplicas == 2)
        _ = try KafkaProducer(configuration: configuration, logger: logger)
        _ = try KafkaAdmin(configuration: configuration, logger: logger)
        _ = try KafkaAdmin(configuration: kafka(["KAFKA_SASL_MECHANISM": "SCRAM-SHA-256"]), logger: logger)
    }

    @Test("An authority file that cannot be read stops the client at start, naming ssl.ca.location")
    func unreadableAuthority() throws {
        let configuration = try kafka(["KAFKA_SSL_CA_LOCATION": "/nonexistent/ca.pem"])
        #expect {
            try KafkaAdmin(configuration: configuration, logger: logger)
        } throws: { error in
            String(describing: error).contains("ssl.ca.location")
        }
    }

    @Test("A SASL mechanism librdkafka does not know stops the client at start")
    func unknownMechanism() throws {
        let configuration = try kafka(["KAFKA_SASL_MECHANISM": "KERBEROS"])
        #expect(throws: KafkaError.self) {
            try KafkaProducer(configuration: configuration, logger: logger)
        }
    }

    @Test("More in-sync replicas than copies is refused, naming the variable")
    func moreInSyncThanReplicas() {
        #expect {
            try kafka(["KAFKA_REPLICATION_FACTOR": "2", "KAFKA_MIN_INSYNC_REPLICAS": "3"])
        } throws: { error in
            String(describing: error).contains("KAFKA_MIN_INSYNC_REPLICAS")
        }
    }
}
