/// The kinds of local authority and support body that may apply (brochure: both calls).
public enum ApplicantKind: String, CaseIterable, Codable, Sendable {
    case commune
    case intercommunality
    case pays
    case electedOfficialsAssociation
    case supportBody

    /// The French label shown on pages and in emails.
    public var frenchLabel: String {
        switch self {
        case .commune: "Commune"
        case .intercommunality: "Intercommunalité"
        case .pays: "Pays"
        case .electedOfficialsAssociation: "Association d'élus"
        case .supportBody: "Structure d'appui aux collectivités"
        }
    }

    /// Communes are identified by their INSEE code, every grouping by its SIREN number.
    public var isIdentifiedByInseeCode: Bool { self == .commune }
}
