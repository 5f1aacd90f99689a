import Foundation
import Model
import Testing
@testable import Training

@Suite("Session and registration forms")
struct SessionFormTests {
    static let themes = [Theme(code: "services-aux-citoyens", label: "Services aux citoyens")]
    static let start = ParisTime.instant(LocalDate(year: 2007, month: 3, day: 15), hour: 9, minute: 30)

    static func form(kind: TrainingFormat? = .projectWorkshop, capacity: Int? = nil) -> SessionForm {
        SessionForm(kind: kind, audience: .electedOfficials, title: "Atelier", theme: "services-aux-citoyens", description: "Un atelier.",
                    host: "Commune de Foix", department: "09", town: "Foix", address: "Place de la mairie", room: "Salle du conseil",
                    internetConnection: true, stepFreeAccess: false, startsAt: start, endsAt: start.addingTimeInterval(3 * 3600),
                    trainer: "ARDESI", capacity: capacity, cancellationDeadline: nil)
    }

    @Test("The capacity defaults from the kind; the cancellation deadline is the end of the day before, Paris time")
    func defaults() throws {
        let workshop = try Self.form().validated(id: TrainingSessionID(), themes: Self.themes, existing: nil).get()
        #expect(workshop.capacity == 15 && workshop.status == .draft)
        #expect(workshop.cancellationDeadline == ParisTime.endOfDay(LocalDate(year: 2007, month: 3, day: 14)))
        #expect(try Self.form(kind: .knowledgeBuffet).validated(id: TrainingSessionID(), themes: Self.themes, existing: nil).get().capacity == 50)
    }

    @Test("Every missing or wrong field is named at once; the capacity never goes below the confirmed count")
    func refusals() throws {
        let empty = SessionForm().validated(id: TrainingSessionID(), themes: Self.themes, existing: nil)
        guard case .failure(let failure) = empty else { Issue.record("an empty form is refused"); return }
        #expect(Set(failure.errors.map(\.field)).isSuperset(of: ["kind", "audience", "title", "theme", "department", "startsAt", "endsAt"]))
        var existing = try Self.form().validated(id: TrainingSessionID(), themes: Self.themes, existing: nil).get()
        existing.confirmed = 12
        guard case .failure(let below) = Self.form(capacity: 10).validated(id: existing.id, themes: Self.themes, existing: existing) else {
            Issue.record("a capacity below the confirmed count is refused"); return
        }
        #expect(below.errors.map(\.field) == ["capacity"])
        var backwards = Self.form()
        backwards.endsAt = Self.start.addingTimeInterval(-60)
        guard case .failure(let order) = backwards.validated(id: TrainingSessionID(), themes: Self.themes, existing: nil) else {
            Issue.record("an end before the start is refused"); return
        }
        #expect(order.errors.map(\.field).contains("endsAt"))
    }

    @Test("A workshop with fewer than ten confirmed a week before it starts is at risk; a buffet never is")
    func atRisk() throws {
        var workshop = try Self.form().validated(id: TrainingSessionID(), themes: Self.themes, existing: nil).get()
        workshop.status = .open
        workshop.confirmed = 9
        #expect(workshop.isAtRisk(now: Self.start.addingTimeInterval(-6 * 86_400)))
        #expect(!workshop.isAtRisk(now: Self.start.addingTimeInterval(-8 * 86_400)))
        workshop.confirmed = 10
        #expect(!workshop.isAtRisk(now: Self.start.addingTimeInterval(-6 * 86_400)))
        var buffet = try Self.form(kind: .knowledgeBuffet).validated(id: TrainingSessionID(), themes: Self.themes, existing: nil).get()
        buffet.status = .open
        #expect(!buffet.isAtRisk(now: Self.start.addingTimeInterval(-6 * 86_400)))
    }

    @Test("A collectivité given by its INSEE or SIREN code keeps it as its code; a name does not", arguments: [
        ("09122", "09122"), ("2A004", "2A004"), ("240900431", "240900431"), ("Commune de Foix", nil), ("0912", nil),
    ] as [(String, String?)])
    func collectiviteCodes(collectivite: String, code: String?) throws {
        let form = RegistrationForm(name: "Marie Durand", email: "maire@foix.example", role: "mayor", collectivite: collectivite)
        #expect(try form.validated().get().collectiviteCode == code)
    }

    @Test("A registration without name, with a wrong address or an unknown role is refused, each field named")
    func registrationRefusals() {
        guard case .failure(let failure) = RegistrationForm(name: " ", email: "pas-une-adresse", role: "king", collectivite: "").validated() else {
            Issue.record("refused"); return
        }
        #expect(failure.errors.map(\.field) == ["name", "email", "role", "collectivite"])
    }
}
