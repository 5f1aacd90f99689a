import Events
import Foundation
import Model

/// Values of the API's types, each with every optional field (`full`) and with none
/// (`minimal`): the OpenAPI document's schemas are inferred from them, and `full` is the example.
extension ApplicationsAPI {
    static let instant = ParisTime.instant(LocalDate(year: 2007, month: 3, day: 15), hour: 10)
    static let callId = CallID(uuidString: "0a2c0000-2006-4000-8000-000000000003")!
    static let applicantId = ApplicantID(uuidString: "0a2c0000-0000-4000-8000-0000000000a1")!
    static let dossierId = ApplicationID(uuidString: "0a2c0000-0000-4000-8000-0000000000d1")!

    static func dossier(full: Bool) -> Dossier {
        Dossier(id: dossierId, reference: "PI-2007-0001", callId: callId, applicantId: applicantId, status: .submitted,
                projectTitle: "Visio-guichet", theme: "Services aux citoyens", summary: "Un guichet en visioconférence à la mairie.",
                eligibleCost: full ? Money(euros: 12_345) : nil, requestedSubsidy: full ? Money(euros: 9_876) : nil,
                staffMessage: full ? "Joindre la délibération." : nil, createdAt: instant, updatedAt: instant, submittedAt: full ? instant : nil)
    }

    static func history(full: Bool) -> HistoryEntry {
        HistoryEntry(at: instant, actor: "mairie@saint-lary.example (candidat)", action: "Dépôt", status: .submitted,
                     eventId: full ? UUID(uuidString: "0a2c0000-0000-4000-8000-000000000901")! : nil, message: full ? "Message au candidat" : nil)
    }

    static func applicant(full: Bool) -> ApplicantView {
        ApplicantView(Applicant(id: applicantId, name: "Commune de Saint-Lary", kind: .commune, inseeCode: full ? InseeCode("09264") : nil,
                                siren: full ? SirenNumber("210902645") : nil, department: "09", population: 1_240,
                                insideUrbanAgglomeration: false, website: full ? "https://saint-lary.example" : nil,
                                contacts: [ContactPerson(name: "Secrétariat de mairie", email: "mairie@saint-lary.example", role: full ? "DGS" : nil)]))
    }

    static func call(full: Bool) -> Call {
        Call(id: callId, action: .innovationGrant, title: "Soutien aux projets innovants", description: "L'appel de la région.",
             opensAt: instant, closesAt: instant.addingTimeInterval(86_400 * 180), eligibleKinds: [.commune],
             maxBeneficiaries: 25, subsidyRule: full ? .programme2006 : nil, consultingDays: full ? 7 : nil,
             excludedThemes: [ExcludedTheme(label: "Cadastre", keywords: ["cadastre"])], criteria: ["Taille"],
             budgetEnvelope: full ? Money(euros: 1_250_000) : nil, closedAt: full ? instant : nil)
    }

    static func attachment() -> Attachment {
        Attachment(id: UUID(uuidString: "0a2c0000-0000-4000-8000-000000000902")!, dossierId: dossierId, fileName: "deliberation.pdf", kind: .pdf, sizeBytes: 48_213,
                   sha256: String(repeating: "ab", count: 32), uploadedBy: "mairie@saint-lary.example (candidat)", uploadedAt: instant)
    }

    static func callForm(full: Bool) -> CallForm {
        CallForm(action: full ? .innovationGrant : nil, title: full ? "Soutien aux projets innovants" : nil, description: full ? "L'appel." : nil,
                 opensAt: full ? instant : nil, closesAt: full ? instant.addingTimeInterval(86_400 * 180) : nil,
                 eligibleKinds: full ? [.commune] : nil, maxBeneficiaries: full ? 25 : nil, subsidyRule: full ? .programme2006 : nil,
                 consultingDays: full ? 7 : nil, excludedThemes: full ? [ExcludedTheme(label: "Cadastre", keywords: ["cadastre"])] : nil,
                 criteria: full ? ["Taille"] : nil, budgetEnvelope: full ? Money(euros: 1_250_000) : nil)
    }

    static func applicantForm(full: Bool) -> ApplicantForm {
        ApplicantForm(name: full ? "Commune de Saint-Lary" : nil, kind: full ? "commune" : nil, inseeCode: full ? "09264" : nil,
                      siren: full ? "210902645" : nil, department: full ? "09" : nil, population: full ? 1_240 : nil,
                      insideUrbanAgglomeration: full ? false : nil, website: full ? "https://saint-lary.example" : nil,
                      contacts: full ? [ContactPerson(name: "Secrétariat de mairie", email: "mairie@saint-lary.example", role: "DGS")] : nil)
    }

    /// A form whose contact has only what is required.
    static let applicantWithMinimalContact = ApplicantForm(contacts: [ContactPerson(name: "Mairie", email: "mairie@seix.example")])

    static let statuses = DossierStatus.allCases.map(\.rawValue)
    static let applicantKinds = ApplicantKind.allCases.map(\.rawValue)
    static let actions = FundingAction.allCases.map(\.rawValue)
}
