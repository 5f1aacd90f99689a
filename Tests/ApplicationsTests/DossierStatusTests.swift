@testable import Applications
import Testing

@Suite("Dossier lifecycle")
struct DossierStatusTests {
    @Test("The brochure's path: draft → submitted → incomplete ⇄ submitted → complete → agenda → decision → closed")
    func happyPath() {
        var status = DossierStatus.draft
        for (action, expected) in [(DossierAction.submit, DossierStatus.submitted), (.declareIncomplete, .incomplete), (.submit, .submitted),
                                   (.declareComplete, .complete), (.placeOnAgenda, .onAgenda), (.defer, .deferred),
                                   (.placeOnAgenda, .onAgenda), (.select, .selected), (.close, .closed)] {
            let next = status.after(action)
            #expect(next == expected, "\(action) from \(status)")
            status = next ?? status
        }
    }

    @Test("Impossible transitions are refused", arguments: [
        (DossierStatus.draft, DossierAction.declareComplete), (.submitted, .submit), (.complete, .edit), (.selected, .withdraw),
        (.rejected, .select), (.withdrawn, .submit), (.closed, .close), (.incomplete, .declareComplete), (.draft, .select),
    ])
    func refused(status: DossierStatus, action: DossierAction) {
        #expect(status.after(action) == nil)
    }

    @Test("The applicant may withdraw before a decision, not after")
    func withdrawal() {
        for status in [DossierStatus.draft, .submitted, .incomplete, .complete, .onAgenda, .deferred] {
            #expect(status.after(.withdraw) == .withdrawn)
        }
        for status in [DossierStatus.selected, .rejected, .withdrawn, .closed] {
            #expect(status.after(.withdraw) == nil)
        }
    }

    @Test("Withdrawn, rejected and closed dossiers no longer count as open")
    func openness() {
        #expect(DossierStatus.allCases.filter { !$0.isOpen } == [.rejected, .withdrawn, .closed])
    }
}
