import Access
import Foundation
import Hummingbird
import Logging
import PageKit
import PostgresNIO
import ServiceKit

/// The staff's way in to a service: bearer tokens on the API, session cookies with CSRF
/// checks on the pages, and refusals turned into pages or problem documents.
public struct StaffGate<Renderer: StaffPageRendering>: Sendable {
    public let database: PostgresClient
    public let renderer: Renderer
    public let cookies: SignInCookies
    /// Where a signed-in browser lands.
    public let homePath: String
    public let logger: Logger
    let clock: @Sendable () -> Date
    let accounts: StaffAccountRepository

    /// - Parameter cookiePrefix: distinguishes the services' cookies on one host (`ipc_notifications`).
    public init(database: PostgresClient, renderer: Renderer, cookiePrefix: String, secureCookies: Bool, homePath: String,
                clock: @escaping @Sendable () -> Date, logger: Logger) {
        self.database = database
        self.renderer = renderer
        self.cookies = SignInCookies(session: cookiePrefix + "_session", form: cookiePrefix + "_connexion", secure: secureCookies)
        self.homePath = homePath
        self.logger = logger
        self.clock = clock
        self.accounts = StaffAccountRepository(logger: logger)
    }

    /// The account behind the request's bearer token; 401 otherwise.
    public func apiAccount(of request: Request) async throws -> StaffAccount {
        guard let token = BearerToken.of(request.headers),
              let account = try await accounts.account(forToken: token, now: clock(), on: database)
        else { throw Problem.unauthenticated }
        return account
    }

    public func session(of request: Request) async throws -> StaffSession? {
        guard let token = request.cookies[cookies.session]?.value, !token.isEmpty else { return nil }
        return try await accounts.session(token, now: clock(), on: database)
    }

    /// Runs a page handler for a signed-in account; refusals become pages or a redirect to the
    /// sign-in page, never a 500.
    public func page(_ request: Request, _ body: (StaffSession) async throws -> Response) async throws -> Response {
        let session = try await session(of: request)
        do {
            guard let session else { throw PageRefusal.signInRequired }
            return try await body(session)
        } catch {
            guard let page = PageRefusal.page(for: error, render: { renderer.refusal($0, heading: $1, detail: $2, session: session) }) else { throw error }
            return page
        }
    }

    /// The form's fields, once its CSRF token matches the session's.
    public func form(_ request: Request, session: StaffSession) async throws -> FormFields {
        let fields = try await FormFields.read(request)
        guard let sent = fields["_csrf"], PageResponses.constantTimeEquals(sent, session.csrfToken) else { throw PageRefusal.staleForm }
        return fields
    }

    /// `POST /api/auth/token`, `/connexion` and `/deconnexion`.
    public func addRoutes(to router: some RouterMethods<BasicRequestContext>) {
        TokenEndpoint(verify: { try await accounts.verify(email: $0, password: $1, on: database) },
                      issue: { try await accounts.issueToken(for: $0, now: clock(), on: database) },
                      role: { _ in "staff" },
                      bearer: { request in
                          let account = try await apiAccount(of: request)
                          return TokenBearer(id: account.id, email: account.email, displayName: account.displayName, role: "staff")
                      }).addRoutes(to: router)
        router.get("/connexion") { request, _ in
            if try await session(of: request) != nil { return PageResponses.redirect(to: homePath) }
            return signInPage(email: "", errors: [], status: .ok)
        }
        router.post("/connexion") { request, _ in
            try await cookies.signIn(request, verify: { try await accounts.verify(email: $0, password: $1, on: database) },
                                     openSession: { try await accounts.openSession(for: $0, now: clock(), on: database) },
                                     landing: { _ in homePath }, form: signInPage)
        }
        router.post("/deconnexion") { request, _ in
            try await page(request) { session in
                _ = try await form(request, session: session)
                if let token = request.cookies[cookies.session]?.value {
                    try await accounts.closeSession(token, on: database)
                }
                return cookies.signedOut(redirectTo: "/connexion")
            }
        }
    }

    /// The form, with a fresh double-submit token in a cookie and a hidden field.
    private func signInPage(email: String, errors: [FieldError], status: HTTPResponse.Status) -> Response {
        cookies.formPage(token: SecretToken.generate()) { token in
            renderer.signInPage(email: email, formToken: token, errors: errors, status: status)
        }
    }
}
