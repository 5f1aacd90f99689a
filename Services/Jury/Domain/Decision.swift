import Model

/// A checked decision on one dossier.
struct Decision: Sendable, Equatable, Codable {
    var kind: DecisionKind
    /// Innovation grant, selected: the subsidy granted.
    var grantedAmount: Money?
    /// Consulting aid, selected: the consulting days granted.
    var consultingDays: Int?
    var motivation: String?
}
