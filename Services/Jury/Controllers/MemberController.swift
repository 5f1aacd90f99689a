import Foundation
import Hummingbird
import ServiceKit

/// The jury's accounts: staff list them and open new ones (the same checks as `jury member create`).
struct MemberController: Sendable {
    let context: JuryContext
    private var authenticator: JuryAuthenticator { JuryAuthenticator(context: context) }
    private var members: MemberRepository { MemberRepository(logger: context.logger) }

    func addRoutes(to router: some RouterMethods<BasicRequestContext>) {
        router.get("/api/members", use: list)
        router.post("/api/members", use: create)
    }

    /// `GET /api/members`: every account, staff first, then by name.
    @Sendable func list(_ request: Request, context requestContext: BasicRequestContext) async throws -> JSONBody<[Member]> {
        try await staff(of: request)
        return JSONBody(try await context.database.withConnection { try await members.all(on: $0) })
    }

    /// `POST /api/members`: a new account; its password is bcrypt-hashed and never returned.
    @Sendable func create(_ request: Request, context requestContext: BasicRequestContext) async throws -> JSONBody<Member> {
        try await staff(of: request)
        let form = try await request.decodeJSON(MemberForm.self)
        return try await refusingAsProblems {
            let accepted = try form.validated().get()
            do {
                let member = try await members.create(email: accepted.email, displayName: accepted.displayName, password: accepted.password,
                                                      role: accepted.role, on: context.database)
                return JSONBody(member, status: .created)
            } catch is MemberRepository.DuplicateEmail {
                throw JuryError.conflict("Un compte utilise déjà l'adresse \(accepted.email).")
            }
        }
    }

    private func staff(of request: Request) async throws {
        guard try await authenticator.member(of: request).role == .staff else { throw Problem.forbidden }
    }
}
