import Access
import Hummingbird
import ServiceKit

/// Finds the member behind a request's bearer token.
struct JuryAuthenticator: Sendable {
    let context: JuryContext

    func member(of request: Request) async throws -> Member {
        guard let token = BearerToken.of(request.headers),
              let member = try await MemberRepository(logger: context.logger).member(forToken: token, now: context.clock(), on: context.database)
        else { throw Problem.unauthenticated }
        return member
    }
}
