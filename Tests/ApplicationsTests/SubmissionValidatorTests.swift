@testable import Applications
import Events
import Foundation
import Model
import ServiceKit
import Testing

@Suite("Submission checks")
struct SubmissionValidatorTests {
    /// The themes migration 102 seeds for the 2006–2008 innovation grant (brochure, Action 3).
    static let excludedThemes: [ExcludedTheme] = [
        ExcludedTheme(label: "Numérisation du cadastre", keywords: ["cadastre", "cadastral", "plan cadastral"]),
        ExcludedTheme(label: "Système d'information géographique (SIG)",
                      keywords: ["SIG", "système d'information géographique", "systèmes d'information géographique", "GIS"]),
        ExcludedTheme(label: "Dématérialisation des marchés publics",
                      keywords: ["marchés publics", "marché public", "commande publique", "profil d'acheteur"]),
    ]

    static let innovationCall = Call(
        id: CallID(), action: .innovationGrant, title: "Soutien à des projets innovants",  description: "",
        opensAt: ParisTime.startOfDay(LocalDate(year: 2006, month: 9, day: 1)),
        closesAt: ParisTime.endOfDay(LocalDate(year: 2007, month: 9, day: 30)),
        eligibleKinds: [.commune, .intercommunality], maxBeneficiaries: 25, subsidyRule: .programme2006, consultingDays: nil,
        excludedThemes: Self.excludedThemes, criteria: ["Caractère innovant"], budgetEnvelope: nil, closedAt: nil)

    static let consultingCall = Call(
        id: CallID(), action: .consultingAid, title: "Aide au conseil", description: "",
        opensAt: ParisTime.startOfDay(LocalDate(year: 2006, month: 9, day: 1)),
        closesAt: ParisTime.endOfDay(LocalDate(year: 2007, month: 11, day: 30)),
        eligibleKinds: ApplicantKind.allCases, maxBeneficiaries: 50, subsidyRule: nil, consultingDays: 7, excludedThemes: [],
        criteria: ["Taille"], budgetEnvelope: nil, closedAt: nil)

    static let commune = Applicant(id: ApplicantID(), name: "Commune de Saint-Lary", kind: .commune, inseeCode: InseeCode("09264"),
                                   siren: nil, department: "09", population: 1_240, insideUrbanAgglomeration: false, website: nil,
                                   contacts: [ContactPerson(name: "Élise Dupré", email: "mairie@saint-lary.example")])

    static let complete = DossierDraft(projectTitle: "Point d'accès public", theme: "Services aux citoyens",
                                       summary: "Un espace public numérique à la mairie.", eligibleCost: Money(cents: 1_234_567))

    static let midDecember2006 = ParisTime.instant(LocalDate(year: 2006, month: 12, day: 15), hour: 10)

    @Test("A call closing in November 2007 accepts 30 November 23:59:59 Paris time and refuses the next second")
    func closingInstant() throws {
        let validator = SubmissionValidator(call: Self.consultingCall, applicant: Self.commune)
        let lastSecond = ParisTime.instant(LocalDate(year: 2007, month: 11, day: 30), hour: 23, minute: 59, second: 59)
        #expect((try? validator.check(Self.complete, at: lastSecond).get()) != nil)
        let refused = validator.check(Self.complete, at: lastSecond.addingTimeInterval(1))
        #expect(Self.fields(refused) == ["callId"])
        // 23:00 UTC on 30 November is already 1 December in Paris.
        #expect(ISO8601DateFormatter().string(from: lastSecond) == "2007-11-30T22:59:59Z")
    }

    @Test("Before the opening the message says from when")
    func notYetOpen() throws {
        let result = SubmissionValidator(call: Self.consultingCall, applicant: Self.commune)
            .check(Self.complete, at: ParisTime.instant(LocalDate(year: 2006, month: 8, day: 31), hour: 12))
        guard case .failure(let failure) = result else { Issue.record("accepted before the opening"); return }
        #expect(failure.errors.first?.message.contains("1er septembre 2006") == true)
    }

    @Test("Every problem is reported at once")
    func allAtOnce() {
        let pays = Applicant(id: ApplicantID(), name: "Pays des Nestes", kind: .pays, inseeCode: nil, siren: SirenNumber("200034700"),
                             department: "65", population: 40_000, insideUrbanAgglomeration: false, website: nil, contacts: [])
        let result = SubmissionValidator(call: Self.innovationCall, applicant: pays).check(DossierDraft(), at: Self.midDecember2006)
        #expect(Self.fields(result) == ["applicant.kind", "applicant.contacts", "projectTitle", "theme", "summary", "eligibleCost"])
    }

    @Test("Internal themes are not eligible to the innovation grant", arguments: [
        "Numérisation du cadastre", "Mise en place d'un SIG intercommunal", "Système d'Information Géographique",
        "dématérialisation des MARCHÉS PUBLICS",
    ])
    func excludedThemes(theme: String) {
        var draft = Self.complete
        draft.theme = theme
        let result = SubmissionValidator(call: Self.innovationCall, applicant: Self.commune).check(draft, at: Self.midDecember2006)
        #expect(Self.fields(result) == ["theme"])
    }

    @Test("Keywords match whole words only: « signalétique » is not « SIG »")
    func wholeWords() {
        var draft = Self.complete
        draft.theme = "Signalétique numérique et services aux usagers"
        #expect((try? SubmissionValidator(call: Self.innovationCall, applicant: Self.commune).check(draft, at: Self.midDecember2006).get()) != nil)
    }

    @Test("The requested subsidy is min(80 % × eligible cost, 50,000 EUR), rounded down to the cent", arguments: [
        (Int64(1_234_567), Int64(987_653)), (6_250_000, 5_000_000), (6_250_001, 5_000_000), (6_249_999, 4_999_999), (1, 0), (100, 80),
        (4_000_001, 3_200_000),
    ])
    func requestedSubsidy(cost: Int64, expected: Int64) throws {
        var draft = Self.complete
        draft.eligibleCost = Money(cents: cost)
        let accepted = try SubmissionValidator(call: Self.innovationCall, applicant: Self.commune).check(draft, at: Self.midDecember2006).get()
        #expect(accepted.requestedSubsidy == Money(cents: expected))
        #expect(accepted.eligibleCost == Money(cents: cost))
    }

    @Test("A call closed early by staff refuses submissions from then on")
    func closedEarly() {
        var call = Self.consultingCall
        call.closedAt = ParisTime.startOfDay(LocalDate(year: 2007, month: 6, day: 1))
        let validator = SubmissionValidator(call: call, applicant: Self.commune)
        #expect((try? validator.check(Self.complete, at: ParisTime.instant(LocalDate(year: 2007, month: 5, day: 31), hour: 12)).get()) != nil)
        #expect(Self.fields(validator.check(Self.complete, at: ParisTime.instant(LocalDate(year: 2007, month: 6, day: 2)))) == ["callId"])
    }

    static func fields(_ result: Result<SubmissionValidator.Accepted, ValidationFailure>) -> [String] {
        guard case .failure(let failure) = result else { return [] }
        return failure.errors.map(\.field)
    }
}
