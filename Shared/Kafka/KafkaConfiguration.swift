/// Connection settings shared by every Kafka client of a service.
///
/// TLS and SASL settings are passed through to librdkafka unchanged, so production can use
/// whatever its brokers require (`security.protocol`, `sasl.mechanism`, `ssl.ca.location`, …).
public struct KafkaConfiguration: Sendable, Equatable {
    /// `host:port` pairs separated by commas.
    public var bootstrapServers: String
    /// Identifies the service in broker logs.
    public var clientId: String
    /// `plaintext`, `ssl`, `sasl_plaintext` or `sasl_ssl`.
    public var securityProtocol: String
    public var saslMechanism: String?
    public var saslUsername: String?
    public var saslPassword: String?
    public var sslCALocation: String?
    public var sslCertificateLocation: String?
    public var sslKeyLocation: String?
    /// Partitions of the topics a service creates.
    public var topicPartitions: Int
    public var replicationFactor: Int
    /// `min.insync.replicas` of the topics a service creates: with `acks=all`, a write
    /// succeeds only once this many replicas hold it. `nil` keeps the broker's default.
    public var minInSyncReplicas: Int?
    /// Any other librdkafka property, applied last.
    public var extraProperties: [String: String]
    /// Prefixes every topic these clients produce to, consume from or create (`<namespace>.<topic>`),
    /// while the code keeps using the plain names: services run side by side in one process on
    /// one broker (tests) without reading each other's events. Empty in production.
    public var topicNamespace = ""

    public init(
        bootstrapServers: String = "127.0.0.1:9092",
        clientId: String = "ipc",
        securityProtocol: String = "plaintext",
        saslMechanism: String? = nil,
        saslUsername: String? = nil,
        saslPassword: String? = nil,
        sslCALocation: String? = nil,
        sslCertificateLocation: String? = nil,
        sslKeyLocation: String? = nil,
        topicPartitions: Int = 3,
        replicationFactor: Int = 1,
        minInSyncReplicas: Int? = nil,
        extraProperties: [String: String] = [:]
    ) {
        self.bootstrapServers = bootstrapServers
        self.clientId = clientId
        self.securityProtocol = securityProtocol
        self.saslMechanism = saslMechanism
        self.saslUsername = saslUsername
        self.saslPassword = saslPassword
        self.sslCALocation = sslCALocation
        self.sslCertificateLocation = sslCertificateLocation
        self.sslKeyLocation = sslKeyLocation
        self.topicPartitions = topicPartitions
        self.replicationFactor = replicationFactor
        self.minInSyncReplicas = minInSyncReplicas
        self.extraProperties = extraProperties
    }

    /// The broker's name for `topic`.
    func qualified(_ topic: String) -> String {
        topicNamespace.isEmpty ? topic : topicNamespace + "." + topic
    }

    /// The code's name for the broker's `name`.
    func unqualified(_ name: String) -> String {
        topicNamespace.isEmpty ? name : String(name.dropFirst(topicNamespace.count + 1))
    }

    /// The librdkafka properties common to producers, consumers and admin clients.
    var clientProperties: [String: String] {
        var properties: [String: String] = [
            "bootstrap.servers": bootstrapServers,
            "client.id": clientId,
            "security.protocol": securityProtocol,
            // Reconnect quickly once a broker is back instead of backing off for a minute.
            "reconnect.backoff.max.ms": "2000",
            "topic.metadata.refresh.interval.ms": "10000",
        ]
        properties["sasl.mechanism"] = saslMechanism
        properties["sasl.username"] = saslUsername
        properties["sasl.password"] = saslPassword
        properties["ssl.ca.location"] = sslCALocation
        properties["ssl.certificate.location"] = sslCertificateLocation
        properties["ssl.key.location"] = sslKeyLocation
        return properties
    }
}
