/// Where a dossier stands, as the indicators count it: the last step its events reported.
enum DossierStatus: String, CaseIterable, Codable, Sendable {
    case submitted
    case incomplete
    case complete
    case deferred
    case selected
    case rejected
    case withdrawn
    case closed

    var frenchLabel: String {
        switch self {
        case .submitted: "Déposé"
        case .incomplete: "Incomplet"
        case .complete: "Complet, en attente du jury"
        case .deferred: "Ajourné"
        case .selected: "Retenu"
        case .rejected: "Non retenu"
        case .withdrawn: "Retiré"
        case .closed: "Clos"
        }
    }
}
