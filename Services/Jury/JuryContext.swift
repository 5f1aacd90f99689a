import Foundation
import Logging
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// What the jury service's controllers and workflows share.
struct JuryContext: Sendable {
    var database: PostgresClient
    /// The current instant; tests move it.
    var clock: @Sendable () -> Date
    var logger: Logger

    /// The jury's accounts, as the API's requests meet them.
    /// The staff actions' audit trail.
    var audit: AuditTrail { AuditTrail(logger: logger) }

    /// The sign-in limits of the service's configuration.
    var signInLimits = SignInLimits()

    var accounts: AccountAccess<MemberRole> { AccountAccess(database: database, clock: clock, logger: logger, signInLimits: signInLimits) }

    func transaction<Result: Sendable>(isolation: isolated (any Actor)? = #isolation,
                                       _ body: (PostgresConnection) async throws -> sending Result) async throws -> Result {
        try await database.transaction(logger: logger, isolation: isolation, body)
    }
}
