import Foundation
import Hummingbird

extension Request {
    /// The query string's values as an HTML form sends them (`application/x-www-form-urlencoded`):
    /// `+` is a space, then percent escapes are decoded; the first value of each name.
    public var formQuery: [String: String] {
        var values: [String: String] = [:]
        for pair in (uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let name = decoded(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? decoded(parts[1]) : "" }
        }
        return values
    }
}
