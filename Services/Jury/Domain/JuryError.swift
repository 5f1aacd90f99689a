import ServiceKit

/// Why a request to the jury was refused; nothing was written.
enum JuryError: ProblemConvertible, Equatable {
    case notFound(String)
    case forbidden
    case conflict(String)
    case invalid([FieldError])

    var problem: Problem {
        switch self {
        case .notFound(let what): .notFound(what)
        case .forbidden: .forbidden
        case .conflict(let detail): .conflict(detail)
        case .invalid(let errors): .invalid(errors)
        }
    }
}
