/// A service's OpenAPI 3.1 document, served at `/openapi.json`.
///
/// The document is written in code next to the handlers; its schemas are inferred from the
/// API's own types (``Schema/inferred(from:minimal:)``), every `{parameter}` of a path is
/// declared from the path itself, and ``ServiceRunner`` refuses to start when a route of
/// `/api` is missing from it or an operation has no route: the document cannot drift.
public struct OpenAPIDocument: Encodable, Sendable {
    public struct Info: Encodable, Sendable {
        public var title: String
        public var version: String
        public var description: String
    }

    public var openapi = "3.1.0"
    public var info: Info
    /// Path → HTTP method (lower case) → operation.
    public var paths: [String: [String: Operation]]
    public var components = Components()

    public struct Components: Encodable, Sendable {
        public var securitySchemes = ["bearer": SecurityScheme()]
    }

    /// `Authorization: Bearer <token>`, from `POST /api/auth/token`.
    public struct SecurityScheme: Encodable, Sendable {
        public var type = "http"
        public var scheme = "bearer"
        public var description = "Jeton obtenu par POST /api/auth/token, valable huit heures."
    }

    public init(service: String, description: String, paths: [String: [String: Operation]] = [:]) {
        self.info = Info(title: "Internet Public et Citoyen — \(service)", version: "1.0.0", description: description)
        let merged = Self.platformPaths.merging(paths) { platform, own in platform.merging(own) { _, new in new } }
        self.paths = Dictionary(uniqueKeysWithValues: merged.map { path, operations in
            (path, operations.mapValues { $0.declaringPathParameters(of: path) })
        })
    }

    /// Whether the document has an operation for `method` (upper or lower case) on `path` (`/api/dossiers/{id}`).
    public func documents(method: String, path: String) -> Bool {
        paths[path]?[method.lowercased()] != nil
    }

    static let healthSchema = Schema.object([
        "service": .string(), "ready": .boolean(),
        "checks": Schema(type: "object", additionalProperties: .object([
            "status": .string(enumeration: ["up", "down"]), "address": .string(), "error": .string(),
        ], required: ["status"])),
    ], required: ["service", "ready", "checks"])

    static let platformPaths: [String: [String: Operation]] = [
        "/health/live": ["get": Operation(
            operationId: "liveness", summary: "Le processus répond.", tags: ["plateforme"], security: [],
            responses: ["200": Response(description: "Vivant", schema: .object(["status": .string(enumeration: ["alive"])], required: ["status"]))])],
        "/health/ready": ["get": Operation(
            operationId: "readiness", summary: "Base de données, courtier et schéma prêts ; le corps dit ce qui ne l'est pas.",
            tags: ["plateforme"], security: [],
            responses: [
                "200": Response(description: "Prêt", schema: healthSchema),
                "503": Response(description: "Pas prêt", schema: healthSchema),
            ])],
        "/metrics": ["get": Operation(
            operationId: "metrics", summary: "Métriques Prometheus.", tags: ["plateforme"], security: [],
            responses: ["200": Response(description: "Format texte de Prometheus", mediaType: "text/plain", schema: .string())])],
        "/openapi.json": ["get": Operation(
            operationId: "openapi", summary: "Ce document.", tags: ["plateforme"], security: [],
            responses: ["200": Response(description: "OpenAPI 3.1", schema: Schema(type: "object"))])],
    ]
}
