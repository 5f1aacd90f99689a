import Foundation
import ServiceKit
import Testing

/// The OpenAPI schemas read from values of the API's types.
@Suite("Schema inference")
struct SchemaInferenceTests {
    struct Line: Codable { var kind: String; var note: String? }
    struct Sheet: Codable {
        var id: UUID
        var at: Date
        var count: Int
        var share: Double
        var decision: Line?
        var lines: [Line]
        var label: String?
    }

    static func json(_ schema: OpenAPIDocument.Schema) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(schema)) as? [String: Any] ?? [:]
    }

    let full = Sheet(id: UUID(), at: Date(timeIntervalSince1970: 0), count: 3, share: 0.5, decision: Line(kind: "a", note: "n"),
                     lines: [Line(kind: "a", note: "n")], label: "x")
    let minimal = Sheet(id: UUID(), at: Date(timeIntervalSince1970: 0), count: 3, share: 0.5, decision: nil, lines: [Line(kind: "b")], label: nil)

    @Test("Required where every value has the field, nested ones included; formats from the values; enums on strings only")
    func requiredFormatsAndEnums() throws {
        let schema = try Self.json(.inferred(from: [full, minimal], enums: ["kind": ["a", "b"], "decision": ["a", "b"]]))
        #expect(Set(schema["required"] as? [String] ?? []) == ["id", "at", "count", "share", "lines"])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["id"]?["format"] as? String == "uuid")
        #expect(properties["at"]?["format"] as? String == "date-time")
        #expect(properties["count"]?["type"] as? String == "integer" && properties["count"]?["format"] as? String == "int64")
        #expect(properties["share"]?["type"] as? String == "number")
        #expect(properties["decision"]?["type"] as? String == "object", "an enum keyed like an object field does not replace it")
        let line = try #require((properties["lines"]?["items"] as? [String: Any]))
        #expect(line["required"] as? [String] == ["kind"], "note is missing from the minimal value's line")
        #expect((line["properties"] as? [String: [String: Any]])?["kind"]?["enum"] as? [String] == ["a", "b"])
    }

    @Test("A request's optional fields also take null; overrides replace a field's schema")
    func requestsAndOverrides() throws {
        let schema = try Self.json(.inferred(from: [full, minimal], overrides: ["count": .integer(minimum: 0, maximum: 10)],
                                             nullableOptionals: true))
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["label"]?["type"] as? [String] == ["string", "null"])
        #expect(properties["id"]?["type"] as? String == "string")
        #expect(properties["count"]?["maximum"] as? Int == 10)
    }
}
