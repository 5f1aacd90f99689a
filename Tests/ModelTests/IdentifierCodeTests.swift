import Foundation
import Model
import Testing

@Suite("INSEE codes, SIREN numbers and applicant kinds")
struct IdentifierCodeTests {
    @Test("INSEE codes: five characters, Corsica's 2A/2B, overseas departments", arguments: [
        ("31555", "31"), ("2A004", "2A"), ("2b033", "2B"), ("97411", "974"),
    ])
    func validInsee(code: String, department: String) throws {
        let insee = try #require(InseeCode(code))
        #expect(insee.department == department)
    }

    @Test("Malformed INSEE codes are refused", arguments: ["3155", "315555", "3A555", "31A55", ""])
    func invalidInsee(code: String) {
        #expect(InseeCode(code) == nil)
    }

    @Test("SIREN numbers need nine digits and a valid Luhn key")
    func siren() {
        #expect(SirenNumber("200 046 977") != nil)  // a real intercommunalité's SIREN
        #expect(SirenNumber("200046978") == nil)
        #expect(SirenNumber("20004697") == nil)
    }

    @Test("Priority target: communes outside agglomerations under 2,500, intercommunalités under 15,000")
    func priorityTarget() {
        #expect(PriorityTarget.includes(kind: .commune, population: 2_499, insideUrbanAgglomeration: false))
        #expect(!PriorityTarget.includes(kind: .commune, population: 2_500, insideUrbanAgglomeration: false))
        #expect(!PriorityTarget.includes(kind: .commune, population: 800, insideUrbanAgglomeration: true))
        #expect(PriorityTarget.includes(kind: .intercommunality, population: 14_999, insideUrbanAgglomeration: true))
        #expect(!PriorityTarget.includes(kind: .intercommunality, population: 15_000, insideUrbanAgglomeration: false))
        #expect(!PriorityTarget.includes(kind: .pays, population: 100, insideUrbanAgglomeration: false))
    }

    @Test("Typed identifiers encode as lower-case UUID strings")
    func identifiers() throws {
        let id = ApplicationID(UUID(uuidString: "6F1C2D3E-0000-4000-8000-000000000001")!)
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["6f1c2d3e-0000-4000-8000-000000000001"]"#)
        #expect(try JSONDecoder().decode([ApplicationID].self, from: data) == [id])
    }
}
