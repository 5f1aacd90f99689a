import Model

/// What other services need to know of a collectivité, as it stood when the event happened.
public struct ApplicantSnapshot: Codable, Sendable, Equatable {
    public var applicantId: ApplicantID
    public var name: String
    public var kind: ApplicantKind
    public var inseeCode: InseeCode?
    public var siren: SirenNumber?
    public var department: String
    public var population: Int
    public var insideUrbanAgglomeration: Bool
    /// Computed by the applications service with ``PriorityTarget``; carried so that
    /// consumers never recompute it differently.
    public var priorityTarget: Bool

    public init(applicantId: ApplicantID, name: String, kind: ApplicantKind, inseeCode: InseeCode?, siren: SirenNumber?,
                department: String, population: Int, insideUrbanAgglomeration: Bool) {
        self.applicantId = applicantId
        self.name = name
        self.kind = kind
        self.inseeCode = inseeCode
        self.siren = siren
        self.department = department
        self.population = population
        self.insideUrbanAgglomeration = insideUrbanAgglomeration
        self.priorityTarget = PriorityTarget.includes(kind: kind, population: population, insideUrbanAgglomeration: insideUrbanAgglomeration)
    }
}
