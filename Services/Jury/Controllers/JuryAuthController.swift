import Foundation
import Hummingbird
import ServiceKit

/// `POST /api/auth/token`: credentials for a bearer token.
struct JuryAuthController: Sendable {
    let context: JuryContext

    struct Credentials: Decodable {
        var email: String
        var password: String
    }

    struct Issued: Codable, Sendable {
        var token: String
        var tokenType = "Bearer"
        var expiresAt: Date
        var role: MemberRole
    }

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.post("/api/auth/token") { request, _ in
            let credentials = try await request.decodeJSON(Credentials.self)
            let members = MemberRepository(logger: context.logger)
            guard let member = try await members.verify(email: credentials.email, password: credentials.password, on: context.database) else {
                throw Problem(status: .unauthorized, title: "Identifiants incorrects.",
                              detail: "L'adresse électronique ou le mot de passe est incorrect.")
            }
            let issued = try await members.issueToken(for: member, now: context.clock(), on: context.database)
            return JSONBody(Issued(token: issued.token, expiresAt: issued.expiresAt, role: member.role), status: .created)
        }
    }
}
