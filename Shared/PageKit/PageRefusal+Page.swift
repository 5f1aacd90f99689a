import Hummingbird
import ServiceKit

extension PageRefusal {
    /// What a page handler's refusal shows: the sign-in page for a missing session, otherwise
    /// a page `render` makes from a status, a heading and the French explanation. `nil` when
    /// `error` is no refusal (it is then a fault, left to the server's error handling).
    public static func page(for error: any Error, render: (HTTPResponse.Status, _ heading: String, _ detail: String) -> Response) -> Response? {
        switch error {
        case PageRefusal.signInRequired:
            return PageResponses.redirect(to: "/connexion")
        case PageRefusal.forbidden:
            return render(.forbidden, "Accès refusé", "Votre compte ne donne pas accès à cette page.")
        case PageRefusal.staleForm:
            return render(.forbidden, "Formulaire expiré",
                          "Ce formulaire n'est plus valable (session expirée ou page ouverte ailleurs). Rechargez la page et recommencez.")
        case let refusal as any ProblemConvertible:
            return render(refusal.problem.status, refusal.problem.title, detail(of: refusal.problem))
        case let problem as Problem:
            return render(problem.status, problem.title, detail(of: problem))
        default:
            return nil
        }
    }

    private static func detail(of problem: Problem) -> String {
        problem.detail ?? problem.errors.map(\.message).joined(separator: " ")
    }
}
