import Access
import Foundation
import Hummingbird
import Logging
import PostgresNIO
import ServiceKit

/// A service's accounts as requests meet them: the bearer of an API token, checked against
/// the roles an operation allows.
public struct AccountAccess<Role: AccountRole>: Sendable {
    public let database: PostgresClient
    public let clock: @Sendable () -> Date
    public let logger: Logger
    public let repository: AccountRepository<Role>

    public init(database: PostgresClient, clock: @escaping @Sendable () -> Date, logger: Logger,
                hasher: PasswordHasher = PasswordHasher()) {
        self.database = database
        self.clock = clock
        self.logger = logger
        self.repository = AccountRepository(logger: logger, hasher: hasher)
    }

    /// The account behind the request's bearer token: 401 without a valid token, 403 when
    /// its role is not among `roles`.
    public func bearer(of request: Request, allowing roles: Set<Role> = Role.anyRole) async throws -> Account<Role> {
        guard let token = BearerToken.of(request.headers),
              let account = try await repository.account(forToken: token, now: clock(), on: database)
        else { throw Problem.unauthenticated }
        guard roles.contains(account.role) else { throw Problem.forbidden }
        return account
    }

    /// `POST /api/auth/token` and `GET /api/me`.
    public func tokenEndpoint() -> TokenEndpoint<Account<Role>, Role> {
        TokenEndpoint(verify: { try await repository.verify(email: $0, password: $1, on: database) },
                      issue: { try await repository.issueToken(for: $0, now: clock(), on: database) },
                      role: \.role,
                      bearer: { request in
                          let account = try await bearer(of: request)
                          return TokenBearer(id: account.id, email: account.email, displayName: account.displayName,
                                             role: account.role.rawValue, applicantId: account.organisationId)
                      })
    }
}
