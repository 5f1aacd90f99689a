import Foundation
import Hummingbird
import PageKit
import ServiceKit

/// Sessions and CSRF checks of the pages, and the turning of refusals into pages.
struct WebGate: Sendable {
    static let sessionCookie = "ipc_session"
    static let signInCookie = "ipc_connexion"

    let context: ApplicationsContext
    let renderer: PageRenderer
    /// Marks cookies `Secure` (behind TLS in production).
    let secureCookies: Bool
    private var sessions: SessionRepository { SessionRepository(logger: context.logger) }

    func session(of request: Request) async throws -> SessionRepository.Session? {
        guard let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty else { return nil }
        return try await sessions.find(token, now: context.clock(), on: context.database)
    }

    /// Runs a page handler with the request's session; refusals become pages, redirects or problems, never a 500.
    func page(_ request: Request, signedIn: Bool = false, staff: Bool = false,
              _ body: (SessionRepository.Session?) async throws -> Response) async throws -> Response {
        let session = try await session(of: request)
        do {
            if signedIn || staff {
                guard let session else { throw PageRefusal.signInRequired }
                if staff && !session.principal.role.isStaff { throw PageRefusal.forbidden }
                if !staff && session.principal.role.isStaff { throw PageRefusal.forbidden }
            }
            return try await body(session)
        } catch PageRefusal.signInRequired {
            return PageResponses.redirect(to: "/connexion")
        } catch PageRefusal.forbidden {
            return renderer.refusal(.forbidden, heading: "Accès refusé",
                                    detail: "Votre compte ne donne pas accès à cette page.", session: session)
        } catch PageRefusal.staleForm {
            return renderer.refusal(.forbidden, heading: "Formulaire expiré",
                                    detail: "Ce formulaire n'est plus valable (session expirée ou page ouverte ailleurs). Rechargez la page et recommencez.",
                                    session: session)
        } catch let error as WorkflowError {
            return refusal(error.problem, session: session)
        } catch let problem as Problem {
            return refusal(problem, session: session)
        }
    }

    private func refusal(_ problem: Problem, session: SessionRepository.Session?) -> Response {
        renderer.refusal(problem.status, heading: problem.title, detail: problem.detail ?? problem.errors.map(\.message).joined(separator: " "),
                         session: session)
    }

    /// The form's fields, once its CSRF token matches the session's.
    func form(_ request: Request, session: SessionRepository.Session?) async throws -> FormFields {
        let fields = try await FormFields.read(request)
        try checkCSRF(fields["_csrf"], session: session)
        return fields
    }

    /// Refuses a form whose CSRF token is not the session's.
    func checkCSRF(_ sent: String?, session: SessionRepository.Session?) throws {
        guard let session, let sent, PageResponses.constantTimeEquals(sent, session.csrfToken) else { throw PageRefusal.staleForm }
    }

}
