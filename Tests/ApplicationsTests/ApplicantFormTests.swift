@testable import Applications
import Events
import Model
import Testing

@Suite("Applicant form")
struct ApplicantFormTests {
    @Test("A small commune outside agglomerations is in the priority target; its department comes from its INSEE code")
    func commune() throws {
        let form = ApplicantForm(name: " Commune de Saint-Lary ", kind: "commune", inseeCode: "09264", siren: nil, department: nil,
                                 population: 1_240, insideUrbanAgglomeration: false, website: "https://saint-lary.example",
                                 contacts: [ContactPerson(name: "Élise Dupré", email: "mairie@saint-lary.example")])
        let applicant = try form.validated().get()
        #expect(applicant.name == "Commune de Saint-Lary")
        #expect(applicant.department == "09")
        #expect(applicant.priorityTarget)
    }

    @Test("An intercommunalité of 15,000 is not in the priority target; one of 14,999 is")
    func intercommunalityThreshold() throws {
        func applicant(population: Int) throws -> Applicant {
            try ApplicantForm(name: "Communauté de communes", kind: "intercommunality", inseeCode: nil, siren: "200034700", department: "65",
                              population: population, insideUrbanAgglomeration: true, website: nil, contacts: []).validated().get()
        }
        #expect(try applicant(population: 14_999).priorityTarget)
        #expect(try !applicant(population: 15_000).priorityTarget)
    }

    @Test("Every mistake is reported with its field")
    func everyMistake() {
        let form = ApplicantForm(name: "", kind: "commune", inseeCode: "9264", siren: nil, department: "XX", population: -3,
                                 insideUrbanAgglomeration: nil, website: "saint-lary.example",
                                 contacts: [ContactPerson(name: "", email: "pas-une-adresse")])
        guard case .failure(let failure) = form.validated() else { Issue.record("accepted"); return }
        #expect(failure.errors.map(\.field) == ["name", "inseeCode", "department", "population", "website", "contacts.0.name", "contacts.0.email"])
    }

    @Test("A grouping needs a valid SIREN number, and an unknown kind is named")
    func groupings() {
        let badSiren = ApplicantForm(name: "Pays", kind: "pays", inseeCode: nil, siren: "123456789", department: "65", population: 10,
                                     insideUrbanAgglomeration: false, website: nil, contacts: nil)
        guard case .failure(let failure) = badSiren.validated() else { Issue.record("accepted"); return }
        #expect(failure.errors.map(\.field) == ["siren"])
        let unknownKind = ApplicantForm(name: "X", kind: "région", inseeCode: nil, siren: nil, department: "31", population: 1,
                                        insideUrbanAgglomeration: false, website: nil, contacts: nil)
        guard case .failure(let other) = unknownKind.validated() else { Issue.record("accepted"); return }
        #expect(other.errors.map(\.field) == ["kind"])
    }
}
