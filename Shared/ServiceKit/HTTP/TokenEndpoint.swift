import Foundation
import Hummingbird

/// `POST /api/auth/token`: an address and a password for a bearer token; `GET /api/me`: who
/// the bearer of a token is.
///
/// Each service brings its own accounts: how credentials are checked, how a token is
/// issued, the role the answer names, and how a request's bearer is found.
public struct TokenEndpoint<Account: Sendable, Role: Encodable & Sendable>: Sendable {
    /// The account for the credentials sent from the client's address, or `nil`.
    public typealias Verify = @Sendable (_ email: String, _ password: String, _ clientAddress: String) async throws -> Account?
    public typealias Issue = @Sendable (Account) async throws -> (token: String, expiresAt: Date)
    /// The bearer of a request's token; throws ``Problem/unauthenticated`` without a valid one.
    public typealias Bearer = @Sendable (Request) async throws -> TokenBearer

    struct Credentials: Decodable {
        var email: String
        var password: String
    }

    struct Issued: Encodable, Sendable {
        var token: String
        var tokenType = "Bearer"
        var expiresAt: Date
        var role: Role
    }

    let verify: Verify
    let issue: Issue
    let role: @Sendable (Account) -> Role
    let bearer: Bearer

    public init(verify: @escaping Verify, issue: @escaping Issue, role: @escaping @Sendable (Account) -> Role, bearer: @escaping Bearer) {
        self.verify = verify
        self.issue = issue
        self.role = role
        self.bearer = bearer
    }

    public func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.post("/api/auth/token") { request, context in
            let credentials = try await request.decodeJSON(Credentials.self)
            let verified = try await refusingAsProblems {
                try await verify(credentials.email, credentials.password, context.clientAddress(of: request))
            }
            guard let account = verified else {
                throw Problem(status: .unauthorized, title: "Identifiants incorrects.",
                              detail: "L'adresse électronique ou le mot de passe est incorrect.")
            }
            let issued = try await issue(account)
            return JSONBody(Issued(token: issued.token, expiresAt: issued.expiresAt, role: role(account)), status: .created)
        }
        router.get("/api/me") { request, _ in
            JSONBody(try await bearer(request))
        }
    }
}
