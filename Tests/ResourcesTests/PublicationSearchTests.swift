import Foundation
import Testing
@testable import Resources

@Suite("Publication search parameters")
struct PublicationSearchTests {
    @Test("The pages' form sends every field: an empty one does not filter; the API refuses it")
    func emptyFields() throws {
        let fields = ["q": " numérique ", "type": "", "theme": "", "public": "", "annee": "", "page": ""]
        let search = try PublicationSearch({ fields[$0] }, emptyMeansAll: true)
        #expect(search.words == "numérique" && search.kind == nil && search.year == nil && search.page == 1)
        #expect(search.queryString == "q=num%C3%A9rique")
        #expect(throws: (any Error).self) { try PublicationSearch({ fields[$0] }, emptyMeansAll: false) }
    }

    @Test("Kind, audience, year and page are checked", arguments: ["type=roman", "public=tous", "annee=1999", "annee=deux", "page=0", "page=1001"])
    func refusals(_ pair: String) {
        let parts = pair.split(separator: "=").map(String.init)
        #expect(throws: (any Error).self) { try PublicationSearch({ $0 == parts[0] ? parts[1] : nil }, emptyMeansAll: false) }
    }
}
