import Foundation
import Hummingbird
import Model
import ServiceKit

/// `POST /api/accounts`: administrators open accounts, notably a collectivité's.
struct AccountController: Sendable {
    let context: ApplicationsContext
    private var authenticator: Authenticator { Authenticator(context: context) }

    struct Created: Codable, Sendable {
        var id: UUID
        var email: String
        var role: Role
        var applicantId: ApplicantID?
    }

    func addRoutes(to router: some RouterMethods<BasicRequestContext>) {
        router.post("/api/accounts") { request, _ in
            _ = try await authenticator.admin(of: request)
            let new = try await request.decodeJSON(AccountOpening.Request.self)
            return try await refusingAsProblems {
                let id = try await AccountOpening(context: context).open(new)
                return JSONBody(Created(id: id, email: new.email, role: new.role, applicantId: new.applicantId), status: .created)
            }
        }
    }
}
