/// Where a dossier stands in its lifecycle.
enum DossierStatus: String, Codable, Sendable, CaseIterable {
    case draft
    case submitted
    case incomplete
    case complete
    case onAgenda
    case selected
    case rejected
    case deferred
    case withdrawn
    case closed

    /// The French label shown on pages and in exports.
    var frenchLabel: String {
        switch self {
        case .draft: "brouillon"
        case .submitted: "déposé"
        case .incomplete: "incomplet"
        case .complete: "complet"
        case .onAgenda: "inscrit à l'ordre du jour du jury"
        case .selected: "retenu"
        case .rejected: "non retenu"
        case .deferred: "ajourné"
        case .withdrawn: "retiré"
        case .closed: "clos"
        }
    }

    /// Whether the dossier still counts as the applicant's open dossier for its call.
    var isOpen: Bool {
        switch self {
        case .withdrawn, .rejected, .closed: false
        default: true
        }
    }

    /// The status after `action`, or `nil` when the action is impossible from this one.
    func after(_ action: DossierAction) -> DossierStatus? {
        switch (self, action) {
        case (.draft, .edit), (.incomplete, .edit): self
        case (.draft, .submit), (.incomplete, .submit): .submitted
        case (.submitted, .declareIncomplete): .incomplete
        case (.submitted, .declareComplete): .complete
        case (.complete, .placeOnAgenda), (.deferred, .placeOnAgenda): .onAgenda
        case (.complete, .select), (.onAgenda, .select), (.deferred, .select): .selected
        case (.complete, .reject), (.onAgenda, .reject), (.deferred, .reject): .rejected
        case (.complete, .defer), (.onAgenda, .defer): .deferred
        case (.draft, .withdraw), (.submitted, .withdraw), (.incomplete, .withdraw), (.complete, .withdraw),
             (.onAgenda, .withdraw), (.deferred, .withdraw):
            .withdrawn
        case (.selected, .close), (.rejected, .close), (.withdrawn, .close): .closed
        default: nil
        }
    }
}
