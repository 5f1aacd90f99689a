import Foundation
import Logging
import Persistence
import PostgresNIO
import ServiceKit
import StaffAccess

/// What the resource centre's controllers and workflows share.
struct ResourcesContext: Sendable {
    var database: PostgresClient
    /// The current instant; tests move it.
    var clock: @Sendable () -> Date
    var logger: Logger
    /// The centre's public address, for the links in feeds, events and emails.
    var publicURL: String

    /// The back office's accounts, as the API's requests meet them.
    /// The staff actions' audit trail.
    var audit: AuditTrail { AuditTrail(logger: logger) }

    /// The sign-in limits of the service's configuration.
    var signInLimits = SignInLimits()

    var accounts: AccountAccess<StaffRole> { AccountAccess(database: database, clock: clock, logger: logger, signInLimits: signInLimits) }

    func transaction<Result: Sendable>(isolation: isolated (any Actor)? = #isolation,
                                       _ body: (PostgresConnection) async throws -> sending Result) async throws -> Result {
        try await database.transaction(logger: logger, isolation: isolation, body)
    }

    /// The published publications matching a search, with its facets (pages, API, feeds, embeds).
    func search(_ search: PublicationSearch) async throws -> SearchResults {
        try await database.withConnection { try await PublicationRepository(logger: logger).search(search, on: $0) }
    }

    /// A publication's page, the address its event and feeds give.
    func url(of publication: PublicationSummary) -> String { "\(publicURL)/publications/\(publication.id)" }
}
