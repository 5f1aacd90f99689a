/// The programme's priority target, a selection criterion rather than an exclusion:
/// communes outside urban agglomerations with fewer than 2,500 inhabitants and
/// intercommunalités with fewer than 15,000.
public enum PriorityTarget {
    public static let communePopulationLimit = 2_500
    public static let intercommunalityPopulationLimit = 15_000

    /// Whether an applicant belongs to the priority target.
    public static func includes(kind: ApplicantKind, population: Int, insideUrbanAgglomeration: Bool) -> Bool {
        switch kind {
        case .commune: !insideUrbanAgglomeration && population < communePopulationLimit
        case .intercommunality: population < intercommunalityPopulationLimit
        case .pays, .electedOfficialsAssociation, .supportBody: false
        }
    }
}
