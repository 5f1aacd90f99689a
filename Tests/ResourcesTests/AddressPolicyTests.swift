@testable import Resources
import Testing

@Suite("Crawler address policy")
struct AddressPolicyTests {
    @Test("Private, loopback, link-local and reserved addresses are refused unless allowed; public ones pass")
    func refusesInside() {
        let closed = AddressPolicy()
        for inside in ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.10", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1",
                       "fd00::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1"] {
            #expect(!closed.permits(IPAddressText.bytes(inside)!), "\(inside)")
        }
        for outside in ["93.184.216.34", "2a00:1450:4007:80f::2004", "::ffff:93.184.216.34", "172.32.0.1"] {
            #expect(closed.permits(IPAddressText.bytes(outside)!), "\(outside)")
        }
        let loopback = AddressPolicy(allowList: "127.0.0.0/8, ::1")!
        #expect(loopback.permits(IPAddressText.bytes("127.0.0.1")!))
        #expect(loopback.permits(IPAddressText.bytes("::1")!))
        #expect(!loopback.permits(IPAddressText.bytes("10.0.0.1")!))
        #expect(AddressPolicy(allowList: "127.0.0.0/33") == nil)
        #expect(AddressPolicy(allowList: "localhost") == nil)
        #expect(AddressPolicy(allowList: "")?.allowed.isEmpty == true)
    }
}
