import Configuration
import Kafka
import Logging
import Persistence

/// Everything a service reads from its environment, with defaults for the local platform
/// (`scripts/run`). Every variable is listed, with its default, in `docs/operations.md`.
public struct ServiceConfiguration: Sendable {
    public enum Environment: String, Sendable {
        case development
        case production
    }

    public enum LogFormat: String, Sendable {
        case json
        case text
    }

    public var service: String
    public var environment: Environment
    public var httpHost: String
    public var httpPort: Int
    public var postgres: PostgresConfiguration
    public var kafka: KafkaConfiguration
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    public var healthCheckInterval: Duration
    public var signInLimits: SignInLimits

    /// Defaults: the local platform of `scripts/run`.
    public init(service: String, httpPort: Int) {
        self.service = service
        self.environment = .development
        self.httpHost = "127.0.0.1"
        self.httpPort = httpPort
        self.postgres = PostgresConfiguration(host: "127.0.0.1", port: 55432, username: service, password: "\(service)_dev", database: "ipc")
        self.kafka = KafkaConfiguration(bootstrapServers: "127.0.0.1:59092", clientId: service)
        self.logLevel = .info
        self.logFormat = .json
        self.healthCheckInterval = .seconds(2)
        self.signInLimits = SignInLimits()
    }

    /// Reads the environment (through swift-configuration), failing with a message that names
    /// the variable when a value is malformed, or missing where production requires it.
    public init(service: String, defaultHTTPPort: Int, reader: ConfigReader) throws(ConfigurationError) {
        self.init(service: service, httpPort: defaultHTTPPort)
        let environmentName = reader.string(forKey: "ipc.environment", default: "development")
        guard let environment = Environment(rawValue: environmentName) else {
            throw ConfigurationError.invalid(variable: "IPC_ENVIRONMENT", value: environmentName, expected: "development or production")
        }
        self.environment = environment
        httpHost = reader.string(forKey: "http.host", default: httpHost)
        httpPort = try Self.port(reader, "http.port", variable: "HTTP_PORT", default: httpPort)

        postgres.host = reader.string(forKey: "postgres.host", default: postgres.host)
        postgres.port = try Self.port(reader, "postgres.port", variable: "POSTGRES_PORT", default: postgres.port)
        postgres.username = reader.string(forKey: "postgres.user", default: postgres.username)
        postgres.database = reader.string(forKey: "postgres.database", default: postgres.database)
        postgres.schema = reader.string(forKey: "postgres.schema")
        if let password = reader.string(forKey: "postgres.password", isSecret: true) {
            postgres.password = password
        } else if environment == .production {
            throw ConfigurationError.missing(variable: "POSTGRES_PASSWORD", reason: "production has no default database password")
        }
        let tls = reader.string(forKey: "postgres.tls", default: environment == .production ? "require" : "disable")
        guard let tlsMode = PostgresConfiguration.TLSMode(rawValue: tls) else {
            throw ConfigurationError.invalid(variable: "POSTGRES_TLS", value: tls, expected: "disable, prefer or require")
        }
        postgres.tls = tlsMode
        postgres.maximumConnections = try Self.positive(reader, "postgres.max.connections", variable: "POSTGRES_MAX_CONNECTIONS", default: 20)

        if environment == .production && reader.string(forKey: "kafka.brokers") == nil {
            throw ConfigurationError.missing(variable: "KAFKA_BROKERS", reason: "production has no default broker")
        }
        kafka.bootstrapServers = reader.string(forKey: "kafka.brokers", default: kafka.bootstrapServers)
        kafka.clientId = reader.string(forKey: "kafka.client.id", default: service)
        kafka.securityProtocol = reader.string(forKey: "kafka.security.protocol", default: "plaintext")
        kafka.saslMechanism = reader.string(forKey: "kafka.sasl.mechanism")
        kafka.saslUsername = reader.string(forKey: "kafka.sasl.username")
        kafka.saslPassword = reader.string(forKey: "kafka.sasl.password", isSecret: true)
        kafka.sslCALocation = reader.string(forKey: "kafka.ssl.ca.location")
        kafka.sslCertificateLocation = reader.string(forKey: "kafka.ssl.certificate.location")
        kafka.sslKeyLocation = reader.string(forKey: "kafka.ssl.key.location")
        kafka.topicPartitions = try Self.positive(reader, "kafka.topic.partitions", variable: "KAFKA_TOPIC_PARTITIONS", default: 3)
        kafka.replicationFactor = try Self.positive(reader, "kafka.replication.factor", variable: "KAFKA_REPLICATION_FACTOR", default: 1)
        kafka.minInSyncReplicas = try Self.minInSyncReplicas(reader, replicationFactor: kafka.replicationFactor)

        let level = reader.string(forKey: "log.level", default: "info")
        guard let logLevel = Logger.Level(rawValue: level) else {
            throw ConfigurationError.invalid(variable: "LOG_LEVEL", value: level, expected: "trace, debug, info, notice, warning, error or critical")
        }
        self.logLevel = logLevel
        let format = reader.string(forKey: "log.format", default: "json")
        guard let logFormat = LogFormat(rawValue: format) else {
            throw ConfigurationError.invalid(variable: "LOG_FORMAT", value: format, expected: "json or text")
        }
        self.logFormat = logFormat
        let interval = try Self.positive(reader, "health.interval.ms", variable: "HEALTH_INTERVAL_MS", default: 2000)
        healthCheckInterval = .milliseconds(interval)
        signInLimits.perAccount = try Self.positive(reader, "sign.in.failures.per.account", variable: "SIGN_IN_FAILURES_PER_ACCOUNT",
                                                    default: signInLimits.perAccount)
        signInLimits.perAddress = try Self.positive(reader, "sign.in.failures.per.address", variable: "SIGN_IN_FAILURES_PER_ADDRESS",
                                                    default: signInLimits.perAddress)
    }

    private static func port(_ reader: ConfigReader, _ key: ConfigKey, variable: String, default value: Int) throws(ConfigurationError) -> Int {
        let port = try positive(reader, key, variable: variable, default: value)
        guard port <= 65_535 else { throw ConfigurationError.invalid(variable: variable, value: String(port), expected: "a port number") }
        return port
    }

    /// `KAFKA_MIN_INSYNC_REPLICAS`, when set: more in-sync replicas than copies would refuse every write.
    private static func minInSyncReplicas(_ reader: ConfigReader, replicationFactor: Int) throws(ConfigurationError) -> Int? {
        guard reader.string(forKey: "kafka.min.insync.replicas") != nil else { return nil }
        let minimum = try positive(reader, "kafka.min.insync.replicas", variable: "KAFKA_MIN_INSYNC_REPLICAS", default: 1)
        guard minimum <= replicationFactor else {
            throw ConfigurationError.invalid(variable: "KAFKA_MIN_INSYNC_REPLICAS", value: String(minimum),
                                             expected: "at most KAFKA_REPLICATION_FACTOR (\(replicationFactor))")
        }
        return minimum
    }

    /// A positive integer setting, at most ``largestSetting``; a value that is not one names its variable.
    public static func positive(_ reader: ConfigReader, _ key: ConfigKey, variable: String, default value: Int) throws(ConfigurationError) -> Int {
        guard let text = reader.string(forKey: key) else { return value }
        guard let number = Int(text), (1...largestSetting).contains(number) else {
            throw ConfigurationError.invalid(variable: variable, value: text, expected: "a positive integer up to \(largestSetting)")
        }
        return number
    }

    /// The largest number any setting takes: a count of seconds this large is 31 years, and
    /// converted to nanoseconds (as NIO's timeouts are) it still fits in 64 bits.
    public static let largestSetting = 1_000_000_000

    /// A `true` / `false` setting; anything else names its variable.
    public static func flag(_ reader: ConfigReader, _ key: ConfigKey, variable: String, default value: Bool) throws(ConfigurationError) -> Bool {
        guard let text = reader.string(forKey: key) else { return value }
        guard text == "true" || text == "false" else {
            throw ConfigurationError.invalid(variable: variable, value: text, expected: "true or false")
        }
        return text == "true"
    }
}
