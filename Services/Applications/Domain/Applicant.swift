import Events
import Model

/// A collectivité (or support body) that applies to calls.
struct Applicant: Codable, Sendable, Equatable {
    var id: ApplicantID
    var name: String
    var kind: ApplicantKind
    /// Communes only.
    var inseeCode: InseeCode?
    /// Groupings and bodies only.
    var siren: SirenNumber?
    var department: String
    var population: Int
    var insideUrbanAgglomeration: Bool
    var website: String?
    var contacts: [ContactPerson]

    /// Computed, never stored apart: the programme's priority target.
    var priorityTarget: Bool {
        PriorityTarget.includes(kind: kind, population: population, insideUrbanAgglomeration: insideUrbanAgglomeration)
    }

    /// What events carry of it.
    var snapshot: ApplicantSnapshot {
        ApplicantSnapshot(applicantId: id, name: name, kind: kind, inseeCode: inseeCode, siren: siren, department: department,
                          population: population, insideUrbanAgglomeration: insideUrbanAgglomeration)
    }
}
