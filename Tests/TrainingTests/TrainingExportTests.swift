import Foundation
import Model
import ServiceKit
import Testing
@testable import Training

@Suite("Exports and hosting offers")
struct TrainingExportTests {
    @Test("A session's registrations export holds no address, states each place, and neutralises formulas")
    func registrations() throws {
        let session = TrainingSessionID()
        let rows = TrainingExport.registrations([
            Registration(id: RegistrationID(), sessionId: session, name: "=Marie Durand", email: "maire@foix.example", role: .mayor,
                         collectivite: "Commune de Foix; Ariège", collectiviteCode: "09122", status: .confirmed, attended: true,
                         registeredAt: Date(), waitlistPosition: nil),
            Registration(id: RegistrationID(), sessionId: session, name: nil, email: nil, role: .technician, collectivite: nil,
                         collectiviteCode: nil, status: .waitlisted, attended: false, registeredAt: Date(), waitlistPosition: 2),
        ])
        let document = SpreadsheetCSV.document(rows)
        #expect(document.hasPrefix("\u{FEFF}Nom;Fonction;Collectivité;"))
        #expect(!document.contains("maire@foix.example"))
        #expect(document.contains("'=Marie Durand;Maire;\"Commune de Foix; Ariège\";09122;présent;oui\r\n"))
        #expect(document.contains("(données effacées);Technicien;;;liste d'attente, position 2;\r\n"))
    }

    @Test("A hosting offer names every missing field at once; its capacity defaults from the kind; a code must be INSEE or SIREN")
    func hostingOfferForm() throws {
        let themes = [Theme(code: "tourisme", label: "Tourisme")]
        guard case .failure(let failure) = HostingOfferForm().validated(id: HostingOfferID(), themes: themes, now: Date()) else {
            Issue.record("an empty offer is refused"); return
        }
        #expect(Set(failure.errors.map(\.field)) == ["collectivite", "department", "contactName", "contactEmail", "kind", "theme",
                                                      "proposedDates", "town", "address", "room", "capacity"])
        var form = HostingOfferForm(collectivite: "Commune d'Auch", collectiviteCode: "32013", department: "32", contactName: "Paul Martin",
                                    contactEmail: "mairie@auch.example", kind: .knowledgeBuffet, theme: "tourisme",
                                    proposedDates: "Juin", town: "Auch", address: "Place de la Libération", room: "Salle des fêtes")
        let offer = try form.validated(id: HostingOfferID(), themes: themes, now: Date()).get()
        #expect(offer.capacity == 50 && offer.audience == .electedOfficials && offer.status == .received)
        #expect(offer.sessionForm.host == "Commune d'Auch" && offer.sessionForm.capacity == 50)
        form.collectiviteCode = "1234"
        guard case .failure(let code) = form.validated(id: HostingOfferID(), themes: themes, now: Date()) else {
            Issue.record("a malformed code is refused"); return
        }
        #expect(code.errors.map(\.field) == ["collectiviteCode"])
    }
}
