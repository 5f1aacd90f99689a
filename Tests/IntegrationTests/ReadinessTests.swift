import Configuration
import Events
import Foundation
import Kafka
import Logging
import Persistence
import ServiceKit
import Testing

/// A service started while its database and broker are away says which, where, and
/// becomes ready once they are back.
@Suite("Readiness", .platform, .serialized)
struct ReadinessTests {
    @Test("Unreachable database and broker: logged with their address, not ready, then recovery")
    func recoversWhenDependenciesReturn() async throws {
        let logger = TestEnvironment.logger
        let schema = TestEnvironment.uniqueName("it_ready")
        let admin = TestEnvironment.postgres(schema: nil).makeClient()
        let brokerAddress = TestEnvironment.kafkaBrokers.split(separator: ":")
        let databaseProxy = TCPProxy(port: try await TCPProxy.freePort(), targetHost: TestEnvironment.postgresHost,
                                     targetPort: TestEnvironment.postgresPort)
        let brokerProxy = TCPProxy(port: try await TCPProxy.freePort(), targetHost: String(brokerAddress[0]),
                                   targetPort: Int(brokerAddress[1])!)
        let httpPort = try await TCPProxy.freePort()

        var configuration = ServiceConfiguration(service: "it-ready", httpPort: httpPort)
        configuration.postgres = TestEnvironment.postgres(schema: schema, port: databaseProxy.port)
        configuration.kafka = TestEnvironment.kafka(brokers: "127.0.0.1:\(brokerProxy.port)")
        configuration.healthCheckInterval = .milliseconds(250)
        let logs = CollectingLogHandler.Store()
        let serviceLogger = Logger(label: "it-ready") { _ in CollectingLogHandler(store: logs) }
        let definition = ServiceDefinition(name: "it-ready", summary: "test", defaultHTTPPort: httpPort,
                                           publishes: [Topic(TestEnvironment.uniqueName("it.ready"))])
        let app = try ServiceRunner(definition: definition, configuration: configuration, logger: serviceLogger).makeApplication()

        try await withRunningServices([admin]) {
            try await admin.query("CREATE SCHEMA \(unescaped: schema)", logger: logger)
            try await withRunningServices([app]) {
                let bothDown = try await eventually {
                    guard let (status, report) = await readiness(port: httpPort) else { return false }
                    return status == 503 && report.checks["database"]?.status == .down
                        && report.checks["broker"]?.status == .down
                }
                #expect(bothDown)
                let report = try #require(await readiness(port: httpPort)?.1)
                #expect(report.checks["database"]?.address == "127.0.0.1:\(databaseProxy.port)")
                #expect(report.checks["broker"]?.address == "127.0.0.1:\(brokerProxy.port)")
                #expect(report.notReady == ["broker", "database", "schema"])
                #expect(logs.all.contains { $0.contains("database unreachable at 127.0.0.1:\(databaseProxy.port)") })
                #expect(logs.all.contains { $0.contains("broker unreachable at 127.0.0.1:\(brokerProxy.port)") })

                try await databaseProxy.open()
                let databaseBack = try await eventually {
                    await readiness(port: httpPort)?.1.checks["database"]?.status == .up
                }
                #expect(databaseBack)
                #expect(await readiness(port: httpPort)?.0 == 503, "still waiting for the broker")

                try await brokerProxy.open()
                let ready = try await eventually {
                    await readiness(port: httpPort)?.0 == 200
                }
                #expect(ready)
                #expect(logs.all.contains { $0.contains("database reachable at 127.0.0.1:\(databaseProxy.port)") })
                #expect(logs.all.contains { $0.contains("broker reachable at 127.0.0.1:\(brokerProxy.port)") })
                // Start-up work ran once the database was back: migrations recorded in the schema.
                let rows = try await admin.query("SELECT count(*)::int FROM \(unescaped: schema).schema_migrations", logger: logger)
                var applied = 0
                for try await count in rows.decode(Int.self) { applied = count }
                #expect(applied == PlatformMigrations.all.count)
            }
            try await databaseProxy.close()
            try await brokerProxy.close()
            try await admin.query("DROP SCHEMA \(unescaped: schema) CASCADE", logger: logger)
        }
    }

    @Test("The platform endpoints answer: liveness, metrics and the OpenAPI document")
    func platformEndpoints() async throws {
        let httpPort = try await TCPProxy.freePort()
        var configuration = ServiceConfiguration(service: "it-endpoints", httpPort: httpPort)
        configuration.postgres = TestEnvironment.postgres(schema: TestEnvironment.uniqueName("it_endpoints"))
        configuration.kafka = TestEnvironment.kafka()
        let definition = ServiceDefinition(name: "it-endpoints", summary: "test", defaultHTTPPort: httpPort)
        let app = try ServiceRunner(definition: definition, configuration: configuration, logger: TestEnvironment.logger).makeApplication()
        let schema = try #require(configuration.postgres.schema)
        let admin = TestEnvironment.postgres(schema: nil).makeClient()
        try await withRunningServices([admin, app]) {
            try await admin.query("CREATE SCHEMA \(unescaped: schema)", logger: TestEnvironment.logger)
            #expect(try await eventually { await readiness(port: httpPort)?.0 == 200 })
            #expect(try await eventually { await get(port: httpPort, "/health/live")?.status == 200 })
            let metrics = try #require(await get(port: httpPort, "/metrics"))
            #expect(metrics.contentType?.hasPrefix("text/plain") == true)
            let openAPI = try #require(await get(port: httpPort, "/openapi.json"))
            let document = try #require(try JSONSerialization.jsonObject(with: openAPI.body) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            #expect(Set(paths.keys).isSuperset(of: ["/health/live", "/health/ready", "/metrics", "/openapi.json"]))
            try await admin.query("DROP SCHEMA \(unescaped: schema) CASCADE", logger: TestEnvironment.logger)
        }
    }
}

/// One GET; `nil` when the server does not answer within two seconds.
private func get(port: Int, _ path: String) async -> (status: Int, contentType: String?, body: Data)? {
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
    request.timeoutInterval = 2
    guard let (body, response) = try? await URLSession.shared.data(for: request),
          let http = response as? HTTPURLResponse else { return nil }
    return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type"), body)
}

private func readiness(port: Int) async -> (Int, HealthReport)? {
    guard let response = await get(port: port, "/health/ready"),
          let report = try? JSONDecoder().decode(HealthReport.self, from: response.body)
    else { return nil }
    return (response.status, report)
}

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
