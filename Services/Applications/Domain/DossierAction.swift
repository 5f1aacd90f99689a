/// What can happen to a dossier; ``DossierStatus/after(_:)`` says from where.
enum DossierAction: String, Sendable, CaseIterable {
    case edit
    case submit
    case declareIncomplete
    case declareComplete
    case placeOnAgenda
    case select
    case reject
    case `defer`
    case withdraw
    case close

    /// The French infinitive used in messages: « Impossible de <…> un dossier … ».
    var frenchVerb: String {
        switch self {
        case .edit: "modifier"
        case .submit: "déposer"
        case .declareIncomplete: "déclarer incomplet"
        case .declareComplete: "déclarer complet"
        case .placeOnAgenda: "inscrire à l'ordre du jour"
        case .select: "retenir"
        case .reject: "refuser"
        case .defer: "ajourner"
        case .withdraw: "retirer"
        case .close: "clore"
        }
    }
}
