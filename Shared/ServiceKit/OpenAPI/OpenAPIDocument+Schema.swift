import Foundation

extension OpenAPIDocument {
    /// A JSON Schema (2020-12, as OpenAPI 3.1 uses it), limited to what the API needs.
    public final class Schema: Encodable, Sendable {
        /// One type, or several (`["string", "null"]` for an optional request field).
        public let types: [String]?
        public let format: String?
        /// The allowed values; `nil` inside stands for JSON null.
        public let enumeration: [String?]?
        public let pattern: String?
        public let properties: [String: Schema]?
        public let required: [String]?
        public let items: Schema?
        public let additionalProperties: Schema?
        public let minimum: Int64?
        public let maximum: Int64?

        enum CodingKeys: String, CodingKey {
            case type, format, enumeration = "enum", pattern, properties, required, items, additionalProperties, minimum, maximum
        }

        public init(type: String?, format: String? = nil, enumeration: [String]? = nil, pattern: String? = nil,
                    properties: [String: Schema]? = nil, required: [String]? = nil, items: Schema? = nil,
                    additionalProperties: Schema? = nil, minimum: Int64? = nil, maximum: Int64? = nil) {
            self.types = type.map { [$0] }
            self.format = format
            self.enumeration = enumeration
            self.pattern = pattern
            self.properties = properties
            self.required = required.map { $0.sorted() }
            self.items = items
            self.additionalProperties = additionalProperties
            self.minimum = minimum
            self.maximum = maximum
        }

        private init(copying schema: Schema, nullable: Bool) {
            types = nullable ? schema.types.map { $0 + ["null"] } : schema.types
            enumeration = nullable ? schema.enumeration.map { $0 + [nil] } : schema.enumeration
            format = schema.format
            pattern = schema.pattern
            properties = schema.properties
            required = schema.required
            items = schema.items
            additionalProperties = schema.additionalProperties
            minimum = schema.minimum
            maximum = schema.maximum
        }

        /// This schema, also accepting null: an optional field of a request, which Swift's decoder reads as absent.
        public var nullable: Schema { Schema(copying: self, nullable: true) }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let types { types.count == 1 ? try container.encode(types[0], forKey: .type) : try container.encode(types, forKey: .type) }
            try container.encodeIfPresent(format, forKey: .format)
            try container.encodeIfPresent(enumeration, forKey: .enumeration)
            try container.encodeIfPresent(pattern, forKey: .pattern)
            try container.encodeIfPresent(properties, forKey: .properties)
            try container.encodeIfPresent(required, forKey: .required)
            try container.encodeIfPresent(items, forKey: .items)
            try container.encodeIfPresent(additionalProperties, forKey: .additionalProperties)
            try container.encodeIfPresent(minimum, forKey: .minimum)
            try container.encodeIfPresent(maximum, forKey: .maximum)
        }

        public static func string(format: String? = nil, enumeration: [String]? = nil) -> Schema {
            Schema(type: "string", format: format, enumeration: enumeration)
        }

        /// A string without control characters: what a query parameter may hold (see ``ProblemMiddleware``).
        public static func printableString() -> Schema {
            Schema(type: "string", pattern: #"^[^\u0000-\u001F\u007F-\u009F]*$"#)
        }

        /// A 64-bit integer, the API's only integer type.
        public static func integer(minimum: Int64 = .min, maximum: Int64 = .max) -> Schema {
            Schema(type: "integer", format: "int64", minimum: minimum, maximum: maximum)
        }

        public static func boolean() -> Schema { Schema(type: "boolean") }

        public static func array(of items: Schema) -> Schema { Schema(type: "array", items: items) }

        public static func object(_ properties: [String: Schema], required: [String] = []) -> Schema {
            Schema(type: "object", properties: properties, required: required.isEmpty ? nil : required)
        }

        /// The schema of a type, read from values of it as the API encodes them: the first with
        /// every optional field set and every array with an element, the others with fewer. A
        /// field is required where every value has it (in nested objects and array elements
        /// too); strings that are UUIDs, instants or dates get their format; `enums` names the
        /// values of string fields by key, and `overrides` the whole schema of fields by key
        /// (bounds that no example shows, such as a rate's 0–10,000 basis points).
        /// - Parameter nullableOptionals: let optional fields be null (request bodies: Swift's decoder reads null as absent).
        public static func inferred(from examples: [any Encodable], enums: [String: [String]] = [:], overrides: [String: Schema] = [:],
                                    nullableOptionals: Bool = false) -> Schema {
            inferred(examples.map { JSONValue.encoding($0) }, key: nil, enums: enums, overrides: overrides, nullable: nullableOptionals)
        }

        /// ``inferred(from:enums:nullableOptionals:)`` with one full value and one minimal one.
        public static func inferred(from full: some Encodable, minimal: some Encodable, enums: [String: [String]] = [:]) -> Schema {
            inferred(from: [full, minimal], enums: enums)
        }

        /// - Parameter key: the field's name; an array passes its own to its elements, so that
        ///   `eligibleKinds` gives each kind its enum.
        private static func inferred(_ values: [JSONValue], key: String?, enums: [String: [String]], overrides: [String: Schema],
                                     nullable: Bool) -> Schema {
            guard let first = values.first else { return Schema(type: nil) }
            if let key, let schema = overrides[key] { return schema }
            switch first {
            case .null: return Schema(type: "null")
            case .bool: return .boolean()
            case .integer: return .integer()
            case .number: return Schema(type: "number")
            case .string(let text):
                // An enum names string values only: `decision` is a kind in a form, an object in the minutes.
                if let key, let values = enums[key] { return .string(enumeration: values) }
                return .string(format: format(of: text))
            case .array:
                let elements = values.flatMap { value -> [JSONValue] in if case .array(let elements) = value { elements } else { [] } }
                return .array(of: inferred(elements, key: key, enums: enums, overrides: overrides.filter { $0.key != key }, nullable: nullable))
            case .object:
                let objects = values.compactMap { value -> [String: JSONValue]? in if case .object(let fields) = value { fields } else { nil } }
                let keys = Set(objects.flatMap(\.keys))
                let required = keys.filter { key in objects.allSatisfy { $0[key] != nil } }
                let properties = keys.reduce(into: [String: Schema]()) { result, key in
                    let schema = inferred(objects.compactMap { $0[key] }, key: key, enums: enums, overrides: overrides, nullable: nullable)
                    result[key] = nullable && !required.contains(key) ? schema.nullable : schema
                }
                return .object(properties, required: Array(required))
            }
        }

        private static func format(of text: String) -> String? {
            if UUID(uuidString: text) != nil { return "uuid" }
            if text.count == 10, text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil { return "date" }
            if text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/) != nil { return "date-time" }
            return nil
        }
    }
}
