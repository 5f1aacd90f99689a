import Hummingbird
import ServiceKit

/// The fields of an `application/x-www-form-urlencoded` body.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init(encoded: String) {
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    static func read(_ request: Request, limit: Int = 256 * 1024) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        return FormFields(encoded: String(buffer: buffer))
    }

    subscript(_ name: String) -> String? { values[name] }

    /// The field trimmed; `nil` when absent or blank.
    func text(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
