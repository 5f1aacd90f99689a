import Events
import Model

/// An applicant as the API shows it, with its computed priority target.
struct ApplicantView: Encodable, Sendable {
    var id: ApplicantID
    var name: String
    var kind: ApplicantKind
    var kindLabel: String
    var inseeCode: InseeCode?
    var siren: SirenNumber?
    var department: String
    var population: Int
    var insideUrbanAgglomeration: Bool
    var website: String?
    var contacts: [ContactPerson]
    var priorityTarget: Bool

    init(_ applicant: Applicant) {
        id = applicant.id
        name = applicant.name
        kind = applicant.kind
        kindLabel = applicant.kind.frenchLabel
        inseeCode = applicant.inseeCode
        siren = applicant.siren
        department = applicant.department
        population = applicant.population
        insideUrbanAgglomeration = applicant.insideUrbanAgglomeration
        website = applicant.website
        contacts = applicant.contacts
        priorityTarget = applicant.priorityTarget
    }
}
