import HTTPTypes
import Hummingbird

extension PlatformRequestContext {
    /// The client's address: the peer's own, or, when the peer is a reverse proxy on this host
    /// or on a private network (where the region's proxy sits), the last address that proxy
    /// added to `X-Forwarded-For`. A client cannot choose it: the proxy appends what it saw.
    public func clientAddress(of request: Request) -> String {
        let peer = remoteAddress?.ipAddress ?? "inconnue"
        guard Self.isProxyNetwork(peer),
              let forwarded = request.headers[values: Self.forwardedFor].last?
                  .split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
              !forwarded.isEmpty
        else { return peer }
        return forwarded
    }

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    /// Loopback, RFC 1918 and unique-local addresses.
    static func isProxyNetwork(_ address: String) -> Bool {
        let address = address.lowercased().replacingOccurrences(of: "::ffff:", with: "")
        if address == "::1" || address.hasPrefix("127.") || address.hasPrefix("10.") || address.hasPrefix("192.168.")
            || address.hasPrefix("fc") || address.hasPrefix("fd") {
            return true
        }
        let octets = address.split(separator: ".").compactMap { Int($0) }
        return octets.count == 4 && octets[0] == 172 && (16...31).contains(octets[1])
    }
}
