@testable import ServiceKit
import Testing

/// Which peers are taken for a reverse proxy whose `X-Forwarded-For` is believed.
@Suite("Client address")
struct ClientAddressTests {
    @Test("Loopback and private networks are proxies; public addresses are clients", arguments: [
        ("127.0.0.1", true), ("::1", true), ("::ffff:127.0.0.1", true), ("10.2.3.4", true), ("192.168.1.20", true),
        ("172.16.0.1", true), ("172.31.255.254", true), ("fd12:3456::1", true),
        ("172.32.0.1", false), ("172.15.0.1", false), ("203.0.113.9", false), ("2001:db8::1", false), ("8.8.8.8", false),
    ])
    func proxyNetworks(address: String, isProxy: Bool) {
        #expect(PlatformRequestContext.isProxyNetwork(address) == isProxy)
    }
}
