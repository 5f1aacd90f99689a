import Foundation
import Hummingbird
import PageKit
import ServiceKit

/// Sessions and CSRF checks of the jury's pages, and the turning of refusals into pages.
struct JuryGate: Sendable {
    static let sessionCookie = "ipc_jury_session"
    static let signInCookie = "ipc_jury_connexion"

    let context: JuryContext
    let renderer: JuryPageRenderer
    /// Marks cookies `Secure` (behind TLS in production).
    let secureCookies: Bool

    func session(of request: Request) async throws -> JurySessionRepository.Session? {
        guard let token = request.cookies[Self.sessionCookie]?.value, !token.isEmpty else { return nil }
        return try await JurySessionRepository(logger: context.logger).find(token, now: context.clock(), on: context.database)
    }

    /// Runs a page handler for a signed-in member (staff only when `staff`); refusals become
    /// pages or a redirect to the sign-in page, never a 500.
    func page(_ request: Request, staff: Bool = false, _ body: (JurySessionRepository.Session) async throws -> Response) async throws -> Response {
        let session = try await session(of: request)
        do {
            guard let session else { throw PageRefusal.signInRequired }
            if staff && session.member.role != .staff { throw PageRefusal.forbidden }
            return try await body(session)
        } catch PageRefusal.signInRequired {
            return PageResponses.redirect(to: "/connexion")
        } catch PageRefusal.forbidden {
            return renderer.refusal(.forbidden, heading: "Accès refusé", detail: "Votre compte ne donne pas accès à cette page.", session: session)
        } catch PageRefusal.staleForm {
            return renderer.refusal(.forbidden, heading: "Formulaire expiré",
                                    detail: "Ce formulaire n'est plus valable (session expirée ou page ouverte ailleurs). Rechargez la page et recommencez.",
                                    session: session)
        } catch let refusal as any ProblemConvertible {
            return self.refusal(refusal.problem, session: session)
        } catch let problem as Problem {
            return self.refusal(problem, session: session)
        }
    }

    private func refusal(_ problem: Problem, session: JurySessionRepository.Session?) -> Response {
        renderer.refusal(problem.status, heading: problem.title, detail: problem.detail ?? problem.errors.map(\.message).joined(separator: " "),
                         session: session)
    }

    /// The form's fields, once its CSRF token matches the session's.
    func form(_ request: Request, session: JurySessionRepository.Session) async throws -> FormFields {
        let fields = try await FormFields.read(request)
        guard let sent = fields["_csrf"], PageResponses.constantTimeEquals(sent, session.csrfToken) else { throw PageRefusal.staleForm }
        return fields
    }
}
