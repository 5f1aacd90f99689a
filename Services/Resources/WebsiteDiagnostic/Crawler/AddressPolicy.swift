import Foundation

/// Which addresses the crawler may connect to: public ones, and those the configuration's
/// allow-list names. Private, loopback, link-local and other special blocks are refused, so that
/// a collectivité's site (or a redirect, or a name that resolves inside) cannot make the
/// platform reach its own network.
struct AddressPolicy: Sendable {
    /// Blocks a public website is never in (RFC 6890 and its successors).
    static let specialBlocks: [IPAddressRange] = [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4",
        "240.0.0.0/4", "::/128", "::1/128", "::ffff:0:0/96", "64:ff9b::/96", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10",
        "ff00::/8",
    ].map { IPAddressRange($0)! }

    var allowed: [IPAddressRange]

    init(allowed: [IPAddressRange] = []) {
        self.allowed = allowed
    }

    /// Whether the crawler may connect to this address.
    func permits(_ address: [UInt8]) -> Bool {
        if allowed.contains(where: { $0.contains(address) }) { return true }
        // An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address.
        if address.count == 16, IPAddressRange("::ffff:0:0/96")!.contains(address) { return permits(Array(address[12...])) }
        return !Self.specialBlocks.contains { $0.contains(address) }
    }

    /// Reads a comma-separated list of blocks (`127.0.0.0/8,::1`); `nil` if one is malformed.
    init?(allowList text: String) {
        var ranges: [IPAddressRange] = []
        for part in text.split(separator: ",") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let range = IPAddressRange(String(part)) else { return nil }
            ranges.append(range)
        }
        self.init(allowed: ranges)
    }
}
