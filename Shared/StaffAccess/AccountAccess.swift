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
    public let throttle: SignInThrottle

    public init(database: PostgresClient, clock: @escaping @Sendable () -> Date, logger: Logger,
                signInLimits: SignInLimits = SignInLimits(), hasher: PasswordHasher = PasswordHasher()) {
        self.database = database
        self.clock = clock
        self.logger = logger
        self.repository = AccountRepository(logger: logger, hasher: hasher)
        self.throttle = SignInThrottle(limits: signInLimits, logger: logger)
    }

    /// The account for these credentials, or `nil`; throws ``SignInThrottled`` without checking
    /// the password when the account or the client's address has failed too often lately.
    /// Both sign-in paths (the pages' form and the API's token) come through here.
    public func signIn(email: String, password: String, from address: String) async throws -> Account<Role>? {
        try await throttle.check(email: email, address: address, now: clock(), on: database)
        guard let account = try await repository.verify(email: email, password: password, on: database) else {
            try await throttle.recordFailure(email: email, address: address, now: clock(), on: database)
            return nil
        }
        try await throttle.recordSuccess(email: email, on: database)
        return account
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
        TokenEndpoint(verify: { try await signIn(email: $0, password: $1, from: $2) },
                      issue: { try await repository.issueToken(for: $0, now: clock(), on: database) },
                      role: \.role,
                      bearer: { request in
                          let account = try await bearer(of: request)
                          return TokenBearer(id: account.id, email: account.email, displayName: account.displayName,
                                             role: account.role.rawValue, applicantId: account.organisationId)
                      })
    }
}
