import Crypto

/// The hexadecimal SHA-256 a test expects a service to have stored.
enum SHA256Hex {
    static func of(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}

import Foundation
