import Foundation
import Hummingbird
import Testing
@testable import Training

@Suite("Trainee pages")
struct TraineePagesTests {
    @Test("The registrations page lists each one with its cancel form or its certificate link")
    func mine() async throws {
        let renderer = try TrainingPageRenderer.training()
        let html = renderer.frontHTML("mine", [
            "token": "jeton", "formToken": "f",
            "registrations": [
                ["id": "r1", "sessionId": "s1", "title": "Atelier tenu", "date": "1 mars 2007", "town": "Muret", "state": "présent",
                 "cancellable": false, "attended": true, "token": "jeton", "formToken": "f"] as [String: Any],
                ["id": "r2", "sessionId": "s2", "title": "Atelier à venir", "date": "1 avril 2007", "town": "Foix", "state": "confirmée",
                 "cancellable": true, "attended": false, "token": "jeton", "formToken": "f"],
            ],
        ])
        #expect(html.contains("Atelier tenu") && html.contains("/mes-inscriptions/jeton/attestations/r1"))
        #expect(html.contains("/mes-inscriptions/jeton/inscriptions/r2/annulation"))
        #expect(!html.contains("/attestations/r2") && !html.contains("/inscriptions/r1/annulation"))
    }
}

extension TraineePagesTests {
    @Test("A session's material and a registrant's other registrations are listed when there are some, and only then")
    func optionalLists() throws {
        let renderer = try TrainingPageRenderer.training()
        let without = renderer.frontHTML("manage", ["token": "t", "others": [[String: Any]]()])
        let with = renderer.frontHTML("manage", ["token": "t", "others": [["sessionId": "s", "title": "Buffet", "date": "2 mai 2007",
                                                                             "state": "confirmée"] as [String: Any]]])
        #expect(!without.contains("Mes autres inscriptions") && with.contains("Mes autres inscriptions") && with.contains("Buffet"))
        let material = renderer.frontHTML("session", ["materials": [["title": "Guide des démarches", "url": "https://r.example/g"] as [String: Any]]])
        #expect(material.contains("Supports de formation") && material.contains("Guide des démarches"))
        #expect(!renderer.frontHTML("session", ["materials": [[String: Any]]()]).contains("Supports de formation"))
    }
}
