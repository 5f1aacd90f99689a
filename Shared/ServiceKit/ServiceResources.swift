import Kafka
import Logging
import PostgresNIO

/// The shared handles a service's routes use.
public struct ServiceResources: Sendable {
    public let configuration: ServiceConfiguration
    public let database: PostgresClient
    public let producer: KafkaProducer
    public let logger: Logger
}
