import Foundation
import Hummingbird
import ServiceKit
import StaffAccess

/// The jury's accounts: staff list them and open new ones (the same checks as `jury account create`).
struct MemberController: Sendable {
    let context: JuryContext
    private var members: AccountRepository<MemberRole> { AccountRepository(logger: context.logger) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/api/members", use: list)
        router.post("/api/members", use: create)
    }

    /// `GET /api/members`: every account, staff first, then by name.
    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[Member]> {
        _ = try await context.accounts.bearer(of: request, allowing: [.staff])
        return JSONBody(try await context.database.withConnection { try await members.all(on: $0) })
    }

    /// `POST /api/members`: a new account; its password is bcrypt-hashed and never returned.
    @Sendable func create(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Member> {
        _ = try await context.accounts.bearer(of: request, allowing: [.staff])
        let form = try await request.decodeJSON(AccountForm<MemberRole>.self)
        return try await refusingAsProblems {
            let accepted = try form.validated().get()
            do {
                return JSONBody(try await members.create(accepted, on: context.database), status: .created)
            } catch is AccountRepository<MemberRole>.DuplicateEmail {
                throw JuryError.conflict("Un compte utilise déjà l'adresse \(accepted.email).")
            }
        }
    }
}
