import Foundation
import Logging
import PageKit
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// What the training service's controllers and workflows share.
struct TrainingContext: Sendable {
    var database: PostgresClient
    /// The current instant; tests move it.
    var clock: @Sendable () -> Date
    var logger: Logger
    /// The front's public address, for the links in emails and calendars.
    var publicURL: String
    /// The catalogue's pages, served from memory for a second at most; every write through
    /// `transaction` drops them, so that this instance shows its own changes at once.
    var catalogue = PageCache(lifetime: .seconds(1))

    /// The back office's accounts, as the API's requests meet them.
    /// The staff actions' audit trail.
    var audit: AuditTrail { AuditTrail(logger: logger) }

    /// The sign-in limits of the service's configuration.
    var signInLimits = SignInLimits()

    var accounts: AccountAccess<StaffRole> { AccountAccess(database: database, clock: clock, logger: logger, signInLimits: signInLimits) }

    func transaction<Result: Sendable>(isolation: isolated (any Actor)? = #isolation,
                                       _ body: (PostgresConnection) async throws -> sending Result) async throws -> Result {
        let result = try await database.transaction(logger: logger, isolation: isolation, body)
        catalogue.invalidate()
        return result
    }
}
