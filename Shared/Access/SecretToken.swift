import Crypto
import Foundation

/// Random secrets handed to clients (API tokens, session cookies, CSRF tokens); only their
/// SHA-256 digest is stored, so a copy of the tables opens nothing.
public enum SecretToken {
    /// 256 random bits, base64url without padding.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// What is stored in place of the token.
    public static func digest(_ token: String) -> Data {
        Data(SHA256.hash(data: Data(token.utf8)))
    }
}
