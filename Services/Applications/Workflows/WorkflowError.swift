import ServiceKit

/// Why a request on calls, applicants or dossiers was refused; nothing was written.
enum WorkflowError: ProblemConvertible, Equatable {
    case notFound(String)
    case forbidden
    case impossible(DossierAction, from: DossierStatus, reference: String)
    case invalid([FieldError])
    case conflict(String)

    /// The API's problem document for this refusal.
    var problem: Problem {
        switch self {
        case .notFound(let what): .notFound(what)
        case .forbidden: .forbidden
        case .impossible(let action, let status, let reference):
            .conflict("Impossible de \(action.frenchVerb) le dossier \(reference) : il est au statut « \(status.frenchLabel) ».")
        case .invalid(let errors): .invalid(errors)
        case .conflict(let detail): .conflict(detail)
        }
    }
}
