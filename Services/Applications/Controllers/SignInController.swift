import Access
import Foundation
import Hummingbird
import PageKit
import ServiceKit

/// `/connexion` and `/deconnexion`: sessions for the portal and the back office.
///
/// The sign-in form has no session yet, so its CSRF token is a double-submit cookie.
struct SignInController: Sendable {
    let gate: WebGate
    private var context: ApplicationsContext { gate.context }
    private var cookies: SignInCookies { SignInCookies(session: WebGate.sessionCookie, form: WebGate.signInCookie, secure: gate.secureCookies) }

    func addRoutes(to router: some RouterMethods<BasicRequestContext>) {
        router.get("/connexion") { request, _ in
            try await gate.page(request) { session in
                if let session { return PageResponses.redirect(to: session.principal.role.isStaff ? "/gestion" : "/espace") }
                return signInPage(email: "", errors: [], status: .ok)
            }
        }
        router.post("/connexion") { request, _ in
            try await cookies.signIn(request, verify: { try await AccountRepository(logger: context.logger).verify(email: $0, password: $1, on: context.database) },
                                     openSession: { try await SessionRepository(logger: context.logger).open(for: $0, now: context.clock(), on: context.database) },
                                     landing: { $0.role.isStaff ? "/gestion" : "/espace" }, form: signInPage)
        }
        router.post("/deconnexion") { request, _ in
            try await gate.page(request, signedIn: false) { session in
                _ = try await gate.form(request, session: session)
                if let token = request.cookies[WebGate.sessionCookie]?.value {
                    try await SessionRepository(logger: context.logger).close(token, on: context.database)
                }
                return cookies.signedOut(redirectTo: "/")
            }
        }
    }

    /// The form, with a fresh double-submit token in a cookie and a hidden field.
    private func signInPage(email: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        cookies.formPage(token: SecretToken.generate()) { token in
            gate.renderer.page("signIn", ["loginCsrf": token, "email": email], session: nil, errors: errors, status: status)
        }
    }
}
