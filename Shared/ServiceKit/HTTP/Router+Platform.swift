import Foundation
import Hummingbird
import Prometheus

extension Router {
    /// Adds `/health/live`, `/health/ready`, `/metrics` and `/openapi.json`.
    public func addPlatformRoutes(health: HealthMonitor, registry: PrometheusCollectorRegistry, openAPI: OpenAPIDocument) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let openAPIBody = (try? encoder.encode(openAPI)) ?? Data("{}".utf8)

        get("/health/live") { _, _ in
            Self.json(status: .ok, body: Data(#"{"status":"alive"}"#.utf8))
        }
        get("/health/ready") { _, _ in
            let report = health.report
            let body = (try? encoder.encode(report)) ?? Data()
            return Self.json(status: report.ready ? .ok : .serviceUnavailable, body: body)
        }
        get("/metrics") { _, _ in
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
        get("/openapi.json") { _, _ in
            Self.json(status: .ok, body: openAPIBody)
        }
    }

    static func json(status: HTTPResponse.Status, body: Data) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
