import Access
import Foundation
import Hummingbird
import PageKit
import ServiceKit

/// `/connexion` and `/deconnexion` for the jury's pages.
///
/// The sign-in form has no session yet, so its CSRF token is a double-submit cookie.
struct JurySignInController: Sendable {
    let gate: JuryGate
    private var context: JuryContext { gate.context }
    private var cookies: SignInCookies { SignInCookies(session: JuryGate.sessionCookie, form: JuryGate.signInCookie, secure: gate.secureCookies) }

    func addRoutes(to router: some RouterMethods<BasicRequestContext>) {
        router.get("/") { _, _ in PageResponses.redirect(to: "/seances") }
        router.get("/connexion") { request, _ in
            if try await gate.session(of: request) != nil { return PageResponses.redirect(to: "/seances") }
            return signInPage(email: "", errors: [], status: .ok)
        }
        router.post("/connexion") { request, _ in
            try await cookies.signIn(request, verify: { try await MemberRepository(logger: context.logger).verify(email: $0, password: $1, on: context.database) },
                                     openSession: { try await JurySessionRepository(logger: context.logger).open(for: $0, now: context.clock(), on: context.database) },
                                     landing: { _ in "/seances" }, form: signInPage)
        }
        router.post("/deconnexion") { request, _ in
            try await gate.page(request) { session in
                _ = try await gate.form(request, session: session)
                if let token = request.cookies[JuryGate.sessionCookie]?.value {
                    try await JurySessionRepository(logger: context.logger).close(token, on: context.database)
                }
                return cookies.signedOut(redirectTo: "/connexion")
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
