extension PublicationKind {
    /// How pages, feeds and emails name the kind of production, in lower case.
    public var frenchLabel: String {
        switch self {
        case .guide: "guide"
        case .study: "étude"
        case .practicalSheet: "fiche pratique"
        case .teachingKit: "dossier pédagogique"
        case .annualDiagnostic: "diagnostic annuel"
        case .indicator: "indicateur"
        case .trainingMaterial: "support de formation"
        case .news: "actualité"
        }
    }
}
