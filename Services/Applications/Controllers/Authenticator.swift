import Access
import Hummingbird
import ServiceKit

/// Finds the account behind a request's bearer token.
struct Authenticator: Sendable {
    let context: ApplicationsContext

    func principal(of request: Request) async throws -> Principal {
        guard let token = BearerToken.of(request.headers),
              let principal = try await AccountRepository(logger: context.logger)
                  .principal(forToken: token, now: context.clock(), on: context.database)
        else { throw Problem.unauthenticated }
        return principal
    }

    func staff(of request: Request) async throws -> Principal {
        let principal = try await principal(of: request)
        guard principal.role.isStaff else { throw Problem.forbidden }
        return principal
    }

    func admin(of request: Request) async throws -> Principal {
        let principal = try await principal(of: request)
        guard principal.role == .admin else { throw Problem.forbidden }
        return principal
    }
}
