extension OpenAPIDocument {
    /// One method on one path.
    public struct Operation: Encodable, Sendable {
        public var operationId: String
        public var summary: String
        public var tags: [String]
        public var parameters: [Parameter]?
        public var requestBody: RequestBody?
        public var responses: [String: Response]
        /// `nil`: a bearer token is required; `[]`: the operation is public.
        public var security: [[String: [String]]]?

        /// - Parameter security: `nil` for the bearer token (the default), `[]` for a public operation.
        public init(operationId: String, summary: String, tags: [String], parameters: [Parameter] = [], requestBody: RequestBody? = nil,
                    security: [[String: [String]]]? = nil, responses: [String: Response]) {
            self.operationId = operationId
            self.summary = summary
            self.tags = tags
            self.parameters = parameters.isEmpty ? nil : parameters
            self.requestBody = requestBody
            self.security = security ?? [["bearer": []]]
            self.responses = responses
        }

        /// The operation with a path parameter for each `{name}` of `path` not declared yet:
        /// every identifier of the API's paths is a UUID.
        func declaringPathParameters(of path: String) -> Operation {
            var operation = self
            let declared = Set((parameters ?? []).filter { $0.location == "path" }.map(\.name))
            let names = path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
            let missing = names.filter { !declared.contains($0) }.map {
                Parameter(path: $0, description: "Identifiant (UUID).", schema: .string(format: "uuid"))
            }
            if !missing.isEmpty { operation.parameters = (parameters ?? []) + missing }
            return operation
        }
    }

    /// A path or query parameter.
    public struct Parameter: Encodable, Sendable {
        public var name: String
        public var location: String
        public var description: String
        public var required: Bool
        public var schema: Schema

        enum CodingKeys: String, CodingKey {
            case name, location = "in", description, required, schema
        }

        public init(path name: String, description: String, schema: Schema) {
            self.name = name
            self.location = "path"
            self.description = description
            self.required = true
            self.schema = schema
        }

        public init(query name: String, description: String, schema: Schema, required: Bool = false) {
            self.name = name
            self.location = "query"
            self.description = description
            self.required = required
            self.schema = schema
        }
    }

    /// A JSON request body.
    public struct RequestBody: Encodable, Sendable {
        public var required = true
        public var content: [String: MediaType]

        public init(_ schema: Schema, example: JSONValue? = nil, mediaType: String = "application/json") {
            self.content = [mediaType: MediaType(schema: schema, example: example)]
        }

        /// The schema inferred from values of the request's type (see ``Schema/inferred(from:enums:nullableOptionals:)``),
        /// its optional fields nullable; the first value is the example.
        public static func inferred(from examples: [any Encodable], enums: [String: [String]] = [:],
                                    overrides: [String: Schema] = [:]) -> RequestBody {
            RequestBody(.inferred(from: examples, enums: enums, overrides: overrides, nullableOptionals: true),
                        example: examples.first.map { .encoding($0) })
        }

        /// ``inferred(from:enums:)`` with one full value and one minimal one.
        public static func inferred(from full: some Encodable, minimal: some Encodable, enums: [String: [String]] = [:]) -> RequestBody {
            inferred(from: [full, minimal], enums: enums)
        }
    }

    public struct Response: Encodable, Sendable {
        public var description: String
        public var content: [String: MediaType]?

        /// - Parameter schema: `nil` for a response without a body.
        public init(description: String, mediaType: String = "application/json", schema: Schema? = nil, example: JSONValue? = nil) {
            self.description = description
            self.content = schema.map { [mediaType: MediaType(schema: $0, example: example)] }
        }

        /// A body of one of several media types, all with `schema` (a downloaded document).
        public init(description: String, mediaTypes: [String], schema: Schema) {
            self.description = description
            self.content = Dictionary(uniqueKeysWithValues: mediaTypes.map { ($0, MediaType(schema: schema, example: nil)) })
        }
    }

    public struct MediaType: Encodable, Sendable {
        public var schema: Schema
        public var example: JSONValue?
    }
}
