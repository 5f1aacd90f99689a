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

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/connexion") { request, _ in
            try await gate.page(request) { session in
                if let session { return PageResponses.redirect(to: session.principal.role.isStaff ? "/gestion" : "/espace") }
                return signInPage(email: "", errors: [], status: .ok)
            }
        }
        router.post("/connexion") { request, _ in
            let fields = try await FormFields.read(request)
            guard cookies.isFresh(request, fields: fields) else {
                return signInPage(email: fields["email"] ?? "", errors: [FieldError(field: "email",
                    message: "Le formulaire a expiré : saisissez à nouveau vos identifiants.")], status: .forbidden)
            }
            let email = fields.text("email") ?? ""
            guard let principal = try await AccountRepository(logger: context.logger)
                .verify(email: email, password: fields["password"] ?? "", on: context.database) else {
                return signInPage(email: email, errors: [FieldError(field: "email",
                    message: "L'adresse électronique ou le mot de passe est incorrect.")], status: .unauthorized)
            }
            let token = try await SessionRepository(logger: context.logger).open(for: principal, now: context.clock(), on: context.database)
            return cookies.signedIn(token: token, redirectTo: principal.role.isStaff ? "/gestion" : "/espace")
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
