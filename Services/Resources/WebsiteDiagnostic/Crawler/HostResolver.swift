import Foundation
import NIOPosix

/// Resolves a host name with the system's resolver, off the cooperative pool (getaddrinfo blocks).
struct HostResolver: Sendable {
    /// The host's addresses, IPv4 first; an address literal resolves to itself.
    func addresses(of host: String) async throws -> [[UInt8]] {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if let literal = IPAddressText.bytes(bare) { return [literal] }
        return try await NIOThreadPool.singleton.runIfActive { try Self.lookUp(bare) }
    }

    private static func lookUp(_ host: String) throws -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let list else { throw CrawlRefusal.unknownHost(host) }
        defer { freeaddrinfo(list) }
        var addresses: [[UInt8]] = []
        var current: UnsafeMutablePointer<addrinfo>? = list
        while let entry = current {
            if let socketAddress = entry.pointee.ai_addr {
                switch Int32(socketAddress.pointee.sa_family) {
                case AF_INET:
                    var address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                    addresses.append(withUnsafeBytes(of: &address) { Array($0) })
                case AF_INET6:
                    var address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                    addresses.append(withUnsafeBytes(of: &address) { Array($0) })
                default: break
                }
            }
            current = entry.pointee.ai_next
        }
        var unique: [[UInt8]] = []
        for address in addresses where !unique.contains(address) { unique.append(address) }
        return unique.sorted { $0.count < $1.count }
    }
}
