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
        } catch {
            guard let page = PageRefusal.page(for: error, render: { renderer.refusal($0, heading: $1, detail: $2, session: session) }) else { throw error }
            return page
        }
    }

    /// The form's fields, once its CSRF token matches the session's.
    func form(_ request: Request, session: JurySessionRepository.Session) async throws -> FormFields {
        let fields = try await FormFields.read(request)
        guard let sent = fields["_csrf"], PageResponses.constantTimeEquals(sent, session.csrfToken) else { throw PageRefusal.staleForm }
        return fields
    }
}
