import Configuration
import ServiceKit
import Testing

@Suite("Service configuration")
struct ServiceConfigurationTests {
    private func configuration(_ environment: [String: String]) throws(ConfigurationError) -> ServiceConfiguration {
        try ServiceConfiguration(service: "jury", defaultHTTPPort: 8082,
                                 reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment)))
    }

    @Test("Without variables, the local platform of scripts/run")
    func defaults() throws {
        let configuration = try configuration([:])
        #expect(configuration.httpPort == 8082)
        #expect(configuration.postgres.address == "127.0.0.1:55432")
        #expect(configuration.postgres.username == "jury")
        #expect(configuration.postgres.password == "jury_dev")
        #expect(configuration.postgres.tls == .disable)
        #expect(configuration.kafka.bootstrapServers == "127.0.0.1:59092")
        #expect(configuration.kafka.clientId == "jury")
        #expect(configuration.logFormat == .json)
    }

    @Test("Variables override every default, TLS and SASL included")
    func overrides() throws {
        let configuration = try configuration([
            "HTTP_HOST": "0.0.0.0", "HTTP_PORT": "9000", "POSTGRES_HOST": "db", "POSTGRES_PORT": "5432",
            "POSTGRES_USER": "jury_app", "POSTGRES_PASSWORD": "s3cret", "POSTGRES_TLS": "require",
            "KAFKA_BROKERS": "k1:9093,k2:9093", "KAFKA_SECURITY_PROTOCOL": "sasl_ssl", "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "KAFKA_SASL_USERNAME": "jury", "KAFKA_SASL_PASSWORD": "k-secret", "KAFKA_SSL_CA_LOCATION": "/etc/ssl/ca.pem",
            "KAFKA_TOPIC_PARTITIONS": "6", "LOG_LEVEL": "debug", "LOG_FORMAT": "text",
        ])
        #expect(configuration.httpHost == "0.0.0.0")
        #expect(configuration.httpPort == 9000)
        #expect(configuration.postgres.address == "db:5432")
        #expect(configuration.postgres.password == "s3cret")
        #expect(configuration.postgres.tls == .require)
        #expect(configuration.kafka.bootstrapServers == "k1:9093,k2:9093")
        #expect(configuration.kafka.securityProtocol == "sasl_ssl")
        #expect(configuration.kafka.saslMechanism == "SCRAM-SHA-512")
        #expect(configuration.kafka.saslPassword == "k-secret")
        #expect(configuration.kafka.sslCALocation == "/etc/ssl/ca.pem")
        #expect(configuration.kafka.topicPartitions == 6)
        #expect(configuration.logLevel == .debug)
        #expect(configuration.logFormat == .text)
    }

    @Test("An empty variable counts as unset (compose passes an optional setting through as ${NAME:-})")
    func emptyIsUnset() throws {
        let configuration = try ServiceConfiguration(service: "jury", defaultHTTPPort: 8082, reader: .environment([
            "HTTP_PORT": "", "KAFKA_SASL_MECHANISM": "", "KAFKA_MIN_INSYNC_REPLICAS": "", "LOG_LEVEL": "", "POSTGRES_HOST": "db",
        ]))
        #expect(configuration.httpPort == 8082)
        #expect(configuration.kafka.saslMechanism == nil)
        #expect(configuration.kafka.minInSyncReplicas == nil)
        #expect(configuration.logLevel == .info)
        #expect(configuration.postgres.host == "db")
    }

    @Test("Production refuses to start without a database password or a broker")
    func productionRequirements() throws {
        #expect(throws: ConfigurationError.missing(variable: "POSTGRES_PASSWORD", reason: "production has no default database password")) {
            try configuration(["IPC_ENVIRONMENT": "production", "KAFKA_BROKERS": "kafka:9092"])
        }
        #expect(throws: ConfigurationError.missing(variable: "KAFKA_BROKERS", reason: "production has no default broker")) {
            try configuration(["IPC_ENVIRONMENT": "production", "POSTGRES_PASSWORD": "x"])
        }
        let production = try configuration(["IPC_ENVIRONMENT": "production", "POSTGRES_PASSWORD": "x", "KAFKA_BROKERS": "kafka:9092"])
        #expect(production.postgres.tls == .require)
    }

    @Test("A malformed value names its variable", arguments: [
        ("HTTP_PORT", "eighty"), ("HTTP_PORT", "70000"), ("POSTGRES_PORT", "-1"), ("POSTGRES_TLS", "maybe"),
        ("LOG_LEVEL", "loud"), ("LOG_FORMAT", "xml"), ("IPC_ENVIRONMENT", "staging"), ("KAFKA_TOPIC_PARTITIONS", "0"),
        ("HEALTH_INTERVAL_MS", "9223372036854775807"), ("POSTGRES_MAX_CONNECTIONS", "1000000001"),
    ])
    func malformed(variable: String, value: String) {
        do {
            _ = try configuration([variable: value])
            Issue.record("\(variable)=\(value) was accepted")
        } catch {
            #expect(error.description.contains(variable))
            #expect(error.description.contains(value))
        }
    }
}
