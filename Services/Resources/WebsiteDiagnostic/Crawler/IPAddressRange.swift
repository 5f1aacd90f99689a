import Foundation

/// A block of IP addresses (`10.0.0.0/8`, `::1/128`), as the crawler's allow-list names them.
struct IPAddressRange: Sendable, Equatable {
    let address: [UInt8]
    let prefixLength: Int

    /// Reads `address/prefix`, or a single address.
    init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddressText.bytes(String(parts[0])) else { return nil }
        let length = parts.count == 2 ? Int(parts[1]) : address.count * 8
        guard let length, (0...address.count * 8).contains(length) else { return nil }
        self.address = address
        self.prefixLength = length
    }

    init(_ address: [UInt8], _ prefixLength: Int) {
        self.address = address
        self.prefixLength = prefixLength
    }

    func contains(_ other: [UInt8]) -> Bool {
        guard other.count == address.count else { return false }
        var remaining = prefixLength
        for (mine, theirs) in zip(address, other) where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if mine & mask != theirs & mask { return false }
            remaining -= bits
        }
        return true
    }
}

