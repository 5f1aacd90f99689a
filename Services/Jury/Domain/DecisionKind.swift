/// What the jury decides for a dossier.
enum DecisionKind: String, Codable, Sendable, CaseIterable {
    case selected
    case rejected
    /// Examined again at the next sitting.
    case deferred

    var frenchLabel: String {
        switch self {
        case .selected: "retenu"
        case .rejected: "non retenu"
        case .deferred: "ajourné"
        }
    }
}
