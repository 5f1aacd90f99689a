import Events

extension PublicationKind {
    /// How the digest names the kind of production.
    var frenchLabel: String {
        switch self {
        case .guide: "guide"
        case .study: "étude"
        case .practicalSheet: "fiche pratique"
        case .teachingKit: "kit pédagogique"
        case .annualDiagnostic: "diagnostic annuel"
        case .indicator: "indicateur"
        case .trainingMaterial: "support de formation"
        }
    }
}
