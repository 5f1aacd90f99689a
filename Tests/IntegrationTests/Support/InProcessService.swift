import Foundation
import Persistence
import ServiceKit
import Testing

/// Runs a service whole, in this process, on a schema of its own, the real database and
/// broker, with a consumer group of its own (the real service's offsets stay where they are);
/// `body` gets the schema and the HTTP port once the service is ready. The schema is dropped after.
/// - Parameter topicNamespace: keeps the service's topics apart from the real ones (a test that
///   publishes a thousand events other services' tests must not read).
func withInProcessService(_ definition: ServiceDefinition, topicNamespace: String = "",
                          adjust: (inout ServiceConfiguration) -> Void = { _ in },
                          _ body: (TestSchema, Int) async throws -> Void) async throws {
    let logger = TestEnvironment.logger
    let schema = TestSchema.make("it_\(definition.name)")
    let httpPort = try await TCPProxy.freePort()
    var configuration = ServiceConfiguration(service: definition.name, httpPort: httpPort)
    configuration.postgres = TestEnvironment.postgres(schema: schema.name)
    configuration.kafka = TestEnvironment.kafka()
    configuration.kafka.topicNamespace = topicNamespace
    adjust(&configuration)
    var definition = definition
    definition.name = TestEnvironment.uniqueName("it-\(definition.name)")
    let app = try ServiceRunner(definition: definition, configuration: configuration, logger: logger).makeApplication()
    try await withRunningServices([schema.client]) {
        try await schema.client.query("CREATE SCHEMA \(unescaped: schema.name)", logger: logger)
        try await withRunningServices([app]) {
            let api = APIClient(port: httpPort)
            let ready = try await eventually { (try? await api.get("/health/ready"))?.status == 200 }
            try #require(ready, "the service became ready")
            try await body(schema, httpPort)
        }
        await schema.drop(logger: logger)
    }
}
