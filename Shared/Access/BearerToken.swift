import Foundation
import Hummingbird

/// The token of an `Authorization: Bearer …` header.
public enum BearerToken {
    /// - Returns: the token, or `nil` when the header is missing, of another scheme or empty.
    public static func of(_ headers: HTTPFields) -> String? {
        guard let header = headers[.authorization], header.hasPrefix("Bearer ") else { return nil }
        let token = String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
