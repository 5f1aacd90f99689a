import ServiceKit

/// Why a request to the training service was refused; nothing was written.
enum TrainingError: ProblemConvertible, Equatable {
    case notFound(String)
    case conflict(String)
    case invalid([FieldError])

    var problem: Problem {
        switch self {
        case .notFound(let what): .notFound(what)
        case .conflict(let detail): .conflict(detail)
        case .invalid(let errors): .invalid(errors)
        }
    }

    static let sessionNotFound = TrainingError.notFound("Aucune session ne porte cet identifiant.")
    static let linkNotFound = TrainingError.notFound("Ce lien d'inscription n'est pas valable.")
}
