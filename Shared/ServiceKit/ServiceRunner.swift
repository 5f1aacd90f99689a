import Configuration
import Events
import Foundation
import Hummingbird
import Kafka
import Logging
import Persistence
import PostgresNIO
import ServiceLifecycle

/// Assembles one executable: database pool, producer, start-up work, outbox relay, event
/// consumer, health monitor and HTTP server, all `Service`s of one group that shuts down
/// gracefully on SIGTERM and SIGINT.
public struct ServiceRunner: Sendable {
    public let definition: ServiceDefinition
    public let configuration: ServiceConfiguration
    public let logger: Logger

    public init(definition: ServiceDefinition, configuration: ServiceConfiguration, logger: Logger) {
        self.definition = definition
        self.configuration = configuration
        self.logger = logger
    }

    /// The entry point of every executable: reads the environment, fails fast on a bad
    /// configuration, and runs until SIGTERM.
    public static func main(_ definition: ServiceDefinition) async {
        let configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration(service: definition.name, defaultHTTPPort: definition.defaultHTTPPort,
                                                     reader: ConfigReader.environment)
        } catch {
            FileHandle.standardError.write(Data("\(definition.name): \(error)\n".utf8))
            exit(78)  // EX_CONFIG
        }
        ServiceLogging.bootstrap(format: configuration.logFormat, level: configuration.logLevel)
        var logger = Logger(label: definition.name)
        logger.logLevel = configuration.logLevel
        do {
            try await ServiceRunner(definition: definition, configuration: configuration, logger: logger).makeApplication().runService()
            logger.info("stopped gracefully")
        } catch {
            logger.critical("\(definition.name) stopped: \(String(reflecting: error))")
            exit(1)
        }
    }

    /// Builds the application and its services without running them (tests run it themselves).
    public func makeApplication() throws -> some ApplicationProtocol {
        logger.info("starting", metadata: [
            "service": "\(definition.name)", "librdkafka": "\(KafkaLibrary.version)",
            "database": "\(configuration.postgres.address)", "broker": "\(configuration.kafka.bootstrapServers)",
        ])
        let registry = ServiceMetrics.registry
        let database = configuration.postgres.makeClient()
        let producer = try KafkaProducer(configuration: configuration.kafka, logger: logger)
        let admin = try KafkaAdmin(configuration: configuration.kafka, logger: logger)
        let gate = StartGate()
        let subscriptions = try EventSubscriptions(definition.subscriptions)
        let migrations = try MigrationRunner(migrations: PlatformMigrations.all + definition.migrations)

        let bootstrap = PlatformBootstrap(client: database, databaseAddress: configuration.postgres.address, admin: admin,
                                          migrations: migrations, topics: definition.publishes + subscriptions.topics,
                                          gate: gate, logger: logger)
        let relay = OutboxRelay(client: database, producer: producer, startGate: gate, logger: logger)
        let health = HealthMonitor(service: definition.name, database: database, databaseAddress: configuration.postgres.address,
                                   broker: admin, brokerAddress: configuration.kafka.bootstrapServers, schemaGate: gate,
                                   interval: configuration.healthCheckInterval, logger: logger)
        var services: [any Service] = [database, producer, bootstrap, relay, health]
        if !subscriptions.topics.isEmpty {
            services.append(EventConsumer(client: database, kafka: configuration.kafka, groupId: definition.name,
                                          topics: subscriptions.topics, handler: subscriptions, producer: producer,
                                          startGate: gate, logger: logger))
        }

        let document = OpenAPIDocument(service: definition.name, description: definition.summary, paths: definition.openAPIPaths)
        let router = Router(context: PlatformRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ProblemMiddleware(logger: logger, document: document))
        router.add(middleware: RequestSizeMiddleware(maxBytes: definition.maxRequestBytes))
        router.addPlatformRoutes(health: health, registry: registry, openAPI: document)
        let resources = ServiceResources(configuration: configuration, database: database, producer: producer, logger: logger)
        let recorder = RouteRecorder(router)
        definition.routes(recorder, resources)
        try OpenAPIMismatch.check(recorder.routes, against: document)
        services += definition.backgroundServices(resources, gate)

        // A connection that sends nothing for a minute (an unfinished request, or an idle keep-alive) is closed.
        var app = Application(router: router, server: .http1(configuration: .init(idleTimeout: .seconds(60))),
                              configuration: .init(address: .hostname(configuration.httpHost, port: configuration.httpPort),
                                                   serverName: definition.name),
                              logger: logger)
        app.addServices(services)
        return app
    }
}
