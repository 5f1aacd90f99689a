import Access
import Foundation
import Hummingbird
import Logging
import PageKit
import ServiceKit

/// The way in to a service's pages: session cookies with CSRF checks, the roles each page
/// allows, and refusals turned into pages; plus the API's token endpoint.
public struct AccountGate<Renderer: AccountPageRendering>: Sendable {
    public typealias Role = Renderer.Role

    public let access: AccountAccess<Role>
    public let renderer: Renderer
    public let cookies: SignInCookies
    /// Where an account lands once signed in (and when it asks for the sign-in page again).
    let landing: @Sendable (Account<Role>) -> String
    /// Where signing out leads.
    let signedOutPath: String

    /// - Parameter cookiePrefix: distinguishes the services' cookies on one host (`ipc_notifications`).
    public init(access: AccountAccess<Role>, renderer: Renderer, cookiePrefix: String, secureCookies: Bool,
                landing: @escaping @Sendable (Account<Role>) -> String, signedOutPath: String = "/connexion") {
        self.access = access
        self.renderer = renderer
        self.cookies = SignInCookies(session: cookiePrefix + "_session", form: cookiePrefix + "_connexion", secure: secureCookies)
        self.landing = landing
        self.signedOutPath = signedOutPath
    }

    /// The request's session, if its cookie names one that has not expired.
    public func session(of request: Request) async throws -> AccountSession<Role>? {
        guard let token = request.cookies[cookies.session]?.value, !token.isEmpty else { return nil }
        return try await access.repository.session(token, now: access.clock(), on: access.database)
    }

    /// Runs a page handler for a signed-in account whose role is among `roles`; the others are
    /// sent to the sign-in page or refused with a page, never a 500.
    public func page(_ request: Request, allowing roles: Set<Role> = Role.anyRole,
                     _ body: (AccountSession<Role>) async throws -> Response) async throws -> Response {
        let session = try await session(of: request)
        do {
            guard let session else { throw PageRefusal.signInRequired }
            guard roles.contains(session.account.role) else { throw PageRefusal.forbidden }
            return try await body(session)
        } catch {
            return try refusal(for: error, session: session)
        }
    }

    /// Runs a page open to everyone, which shows more to a signed-in account.
    public func publicPage(_ request: Request, _ body: (AccountSession<Role>?) async throws -> Response) async throws -> Response {
        let session = try await session(of: request)
        do {
            return try await body(session)
        } catch {
            return try refusal(for: error, session: session)
        }
    }

    /// A button's form for a signed-in account: its CSRF token checked, then `change`, then a
    /// redirect (303) to the page `change` names.
    public func action(_ request: Request, allowing roles: Set<Role> = Role.anyRole,
                       _ change: (AccountSession<Role>) async throws -> String) async throws -> Response {
        try await page(request, allowing: roles) { session in
            _ = try await form(request, session: session)
            return PageResponses.redirect(to: try await change(session))
        }
    }

    /// The form's fields, once its CSRF token matches the session's.
    public func form(_ request: Request, session: AccountSession<Role>) async throws -> FormFields {
        let fields = try await FormFields.read(request)
        try checkCSRF(fields["_csrf"], session: session)
        return fields
    }

    /// Refuses a form (read some other way, e.g. multipart) whose CSRF token is not the session's.
    public func checkCSRF(_ sent: String?, session: AccountSession<Role>) throws {
        guard let sent, PageResponses.constantTimeEquals(sent, session.csrfToken) else { throw PageRefusal.staleForm }
    }

    /// `POST /api/auth/token`, `GET /api/me`, `/connexion` and `/deconnexion`.
    public func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        access.tokenEndpoint().addRoutes(to: router)
        router.get("/connexion", use: signInForm)
        router.post("/connexion", use: signIn)
        router.post("/deconnexion", use: signOut)
    }

    @Sendable func signInForm(_ request: Request, context: PlatformRequestContext) async throws -> Response {
        if let session = try await session(of: request) { return PageResponses.redirect(to: landing(session.account)) }
        return signInPage(email: "", errors: [], status: .ok)
    }

    @Sendable func signIn(_ request: Request, context: PlatformRequestContext) async throws -> Response {
        let repository = access.repository
        let address = context.clientAddress(of: request)
        return try await cookies.signIn(request, verify: { try await access.signIn(email: $0, password: $1, from: address) },
                                        openSession: { try await repository.openSession(for: $0, now: access.clock(), on: access.database) },
                                        landing: landing, form: signInPage)
    }

    @Sendable func signOut(_ request: Request, context: PlatformRequestContext) async throws -> Response {
        try await page(request) { session in
            _ = try await form(request, session: session)
            if let token = request.cookies[cookies.session]?.value {
                try await access.repository.closeSession(token, on: access.database)
            }
            return cookies.signedOut(redirectTo: signedOutPath)
        }
    }

    private func refusal(for error: any Error, session: AccountSession<Role>?) throws -> Response {
        guard let page = PageRefusal.page(for: error, render: { renderer.refusal($0, heading: $1, detail: $2, session: session) }) else { throw error }
        return page
    }

    /// The form, with a fresh double-submit token in a cookie and a hidden field.
    private func signInPage(email: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        cookies.formPage(token: SecretToken.generate()) { token in
            renderer.signInPage(email: email, formToken: token, errors: errors, status: status)
        }
    }
}
