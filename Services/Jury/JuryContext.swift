import Foundation
import Logging
import Persistence
import PostgresNIO

/// What the jury service's controllers and workflows share.
struct JuryContext: Sendable {
    var database: PostgresClient
    /// The current instant; tests move it.
    var clock: @Sendable () -> Date
    var logger: Logger

    func transaction<Result: Sendable>(isolation: isolated (any Actor)? = #isolation,
                                       _ body: (PostgresConnection) async throws -> sending Result) async throws -> Result {
        try await database.transaction(logger: logger, isolation: isolation, body)
    }
}
