import Foundation
import Logging
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// What the applications service's controllers and handlers share.
struct ApplicationsContext: Sendable {
    var database: PostgresClient
    /// The current instant; tests inject another to place a submission inside or outside a call's window.
    var clock: @Sendable () -> Date
    var logger: Logger
    /// The largest attachment accepted, in bytes.
    var attachmentMaxBytes = ApplicationsConfiguration().attachmentMaxBytes

    /// Runs `body` in a transaction; the body's own error comes out as thrown (rolled back),
    /// not wrapped, so that a refusal keeps its meaning.
    /// The service's accounts, as the API's requests meet them.
    /// The staff actions' audit trail.
    var audit: AuditTrail { AuditTrail(logger: logger) }

    /// The sign-in limits of the service's configuration.
    var signInLimits = SignInLimits()

    var accounts: AccountAccess<Role> { AccountAccess(database: database, clock: clock, logger: logger, signInLimits: signInLimits) }

    func transaction<Result: Sendable>(isolation: isolated (any Actor)? = #isolation,
                                       _ body: (PostgresConnection) async throws -> sending Result) async throws -> Result {
        try await database.transaction(logger: logger, isolation: isolation, body)
    }
}
