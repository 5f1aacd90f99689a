@testable import Notifications
import ServiceKit
import Testing

@Suite("Delivery log search")
struct DeliverySearchTests {
    @Test("The page's one box: an address has an @, anything else is a reference, nothing is the latest messages")
    func searchBox() {
        #expect(DeliverySearch(query: "  ") == .latest)
        #expect(DeliverySearch(query: nil) == .latest)
        #expect(DeliverySearch(query: " Mairie@Exemple.fr ") == .address("Mairie@Exemple.fr"))
        #expect(DeliverySearch(query: "pi-2026-0001") == .reference("PI-2026-0001"))
    }

    @Test("The API takes one filter at a time; the only status searched is failed")
    func apiParameters() throws {
        #expect(try DeliverySearch(reference: nil, address: nil) == .latest)
        #expect(try DeliverySearch(reference: "ac-2026-0042", address: " ") == .reference("AC-2026-0042"))
        #expect(try DeliverySearch(reference: nil, address: "dgs@seronais.example") == .address("dgs@seronais.example"))
        #expect(try DeliverySearch(reference: nil, address: nil, status: "failed") == .failed)
        #expect(fields { try DeliverySearch(reference: nil, address: "sans-arobase") } == ["address"])
        #expect(fields { try DeliverySearch(reference: "AC-2026-0042", address: "dgs@seronais.example") } == ["reference"])
        #expect(fields { try DeliverySearch(reference: nil, address: nil, status: "sent") } == ["status"])
        #expect(fields { try DeliverySearch(reference: "AC-2026-0042", address: nil, status: "failed") } == ["status"])
    }

    /// The fields a refused search names; empty when it is accepted.
    private func fields(_ search: () throws -> DeliverySearch) -> [String] {
        do {
            _ = try search()
            return []
        } catch let problem as Problem {
            return problem.errors.map(\.field)
        } catch {
            return ["not a problem: \(error)"]
        }
    }
}
