@testable import Applications
import Foundation
import Testing

@Suite("Personal data request")
struct PersonalDataRequestTests {
    @Test("The request keeps the address masked: its first letter and its domain", arguments: [
        ("elise.dupre@mairie-seix.example", "e•••@mairie-seix.example"),
        ("É@x.example", "É•••@x.example"),
        ("sans-arobase", "•••"),
        ("@x.example", "•••"),
    ])
    func mask(address: String, masked: String) {
        #expect(PersonalDataRequest.mask(address) == masked)
    }

    @Test("Complete once each of the five services has confirmed, whatever the order")
    func completeness() {
        var request = PersonalDataRequest(id: UUID(), kind: .erasure, subject: "e•••@x.example", requestedAt: Date(), confirmations: [])
        #expect(request.waitingFor == PersonalDataRequest.services && !request.isComplete)
        for service in PersonalDataRequest.services.reversed() {
            request.confirmations.append(.init(service: service, recordCount: 0, processedAt: Date()))
        }
        #expect(request.waitingFor.isEmpty && request.isComplete)
        request.confirmations.removeAll { $0.service == "jury" }
        #expect(request.waitingFor == ["jury"])
    }
}
