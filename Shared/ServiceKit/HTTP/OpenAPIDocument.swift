/// A service's OpenAPI 3.1 document, served at `/openapi.json`.
///
/// Only the parts the services use are modelled; each service adds its operations to the
/// platform's (health, metrics, the document itself).
public struct OpenAPIDocument: Encodable, Sendable {
    public struct Info: Encodable, Sendable {
        public var title: String
        public var version: String
        public var description: String
    }

    public struct Operation: Encodable, Sendable {
        public var operationId: String
        public var summary: String
        public var tags: [String]
        public var responses: [String: Response]

        public init(operationId: String, summary: String, tags: [String], responses: [String: Response]) {
            self.operationId = operationId
            self.summary = summary
            self.tags = tags
            self.responses = responses
        }
    }

    public struct Response: Encodable, Sendable {
        public var description: String
        public var content: [String: MediaType]?

        public init(description: String, mediaType: String? = nil, schema: Schema? = nil) {
            self.description = description
            self.content = mediaType.map { [$0: MediaType(schema: schema ?? Schema(type: "string"))] }
        }
    }

    public struct MediaType: Encodable, Sendable {
        public var schema: Schema
    }

    public final class Schema: Encodable, Sendable {
        public let type: String
        public let properties: [String: Schema]?
        public let additionalProperties: Schema?
        public let items: Schema?
        public let required: [String]?

        public init(type: String, properties: [String: Schema]? = nil, additionalProperties: Schema? = nil,
                    items: Schema? = nil, required: [String]? = nil) {
            self.type = type
            self.properties = properties
            self.additionalProperties = additionalProperties
            self.items = items
            self.required = required
        }
    }

    public var openapi = "3.1.0"
    public var info: Info
    /// Path → HTTP method (lower case) → operation.
    public var paths: [String: [String: Operation]]

    public init(service: String, description: String, paths: [String: [String: Operation]] = [:]) {
        self.info = Info(title: "Internet Public et Citoyen — \(service)", version: "1.0.0", description: description)
        self.paths = Self.platformPaths.merging(paths) { platform, own in platform.merging(own) { _, new in new } }
    }

    static let healthSchema = Schema(type: "object", properties: [
        "service": Schema(type: "string"),
        "ready": Schema(type: "boolean"),
        "checks": Schema(type: "object", additionalProperties: Schema(type: "object", properties: [
            "status": Schema(type: "string"),
            "address": Schema(type: "string"),
            "error": Schema(type: "string"),
        ], required: ["status"])),
    ], required: ["service", "ready", "checks"])

    static let platformPaths: [String: [String: Operation]] = [
        "/health/live": ["get": Operation(
            operationId: "liveness", summary: "The process answers.", tags: ["platform"],
            responses: ["200": Response(description: "Alive", mediaType: "application/json", schema: Schema(type: "object"))])],
        "/health/ready": ["get": Operation(
            operationId: "readiness", summary: "Database, broker and schema are ready; the body says which is not.", tags: ["platform"],
            responses: [
                "200": Response(description: "Ready", mediaType: "application/json", schema: healthSchema),
                "503": Response(description: "Not ready", mediaType: "application/json", schema: healthSchema),
            ])],
        "/metrics": ["get": Operation(
            operationId: "metrics", summary: "Prometheus metrics.", tags: ["platform"],
            responses: ["200": Response(description: "Prometheus text format", mediaType: "text/plain")])],
        "/openapi.json": ["get": Operation(
            operationId: "openapi", summary: "This document.", tags: ["platform"],
            responses: ["200": Response(description: "OpenAPI 3.1", mediaType: "application/json", schema: Schema(type: "object"))])],
    ]
}
