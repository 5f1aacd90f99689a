import Foundation
import Hummingbird
import ServiceKit

/// The fields of an `application/x-www-form-urlencoded` body.
public struct FormFields: Sendable {
    private var values: [String: String] = [:]
    /// Every value of each name, in order (checkboxes send one per box).
    private var repeated: [String: [String]] = [:]

    public init(encoded: String) {
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            values[name] = value
            repeated[name, default: []].append(value)
        }
    }

    /// The form's fields; a 422 naming the field when a value holds a control character
    /// (line breaks and tabs are kept: a form does not say which fields are text areas).
    public static func read(_ request: Request, limit: Int = 256 * 1024) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: limit, within: Request.bodyDeadline)
        let fields = FormFields(encoded: String(buffer: buffer))
        let refusals = fields.values.sorted { $0.key < $1.key }.compactMap { TextInput.refusal(of: $0.value, field: $0.key, multiLine: true) }
        guard refusals.isEmpty else { throw Problem.invalid(refusals) }
        return fields
    }

    public subscript(_ name: String) -> String? { values[name] }

    /// Every value sent under `name`.
    public func all(_ name: String) -> [String] { repeated[name] ?? [] }

    /// The field trimmed; `nil` when absent or blank.
    public func text(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
