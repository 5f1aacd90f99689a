import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// `POST /api/accounts`: administrators open accounts, notably a collectivité's.
struct AccountController: Sendable {
    let context: ApplicationsContext
    private var authenticator: AccountAccess<Role> { context.accounts }

    struct Created: Codable, Sendable {
        var id: UUID
        var email: String
        var role: Role
        var applicantId: ApplicantID?
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.post("/api/accounts") { request, _ in
            _ = try await authenticator.bearer(of: request, allowing: [.admin])
            let new = try await request.decodeJSON(AccountOpening.Request.self)
            return try await refusingAsProblems {
                let account = try await AccountOpening(context: context).open(new)
                return JSONBody(Created(id: account.id, email: account.email, role: account.role, applicantId: account.applicantId),
                                status: .created)
            }
        }
    }
}
