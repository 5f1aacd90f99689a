import Logging
import PostgresNIO

extension PostgresClient {
    /// Runs `body` in a transaction; the body's own error comes out as thrown (after the
    /// rollback), not wrapped, so that a domain refusal keeps its meaning.
    public func transaction<Result: Sendable>(logger: Logger, isolation: isolated (any Actor)? = #isolation,
                                              _ body: (PostgresConnection) async throws -> sending Result) async throws -> Result {
        do {
            return try await withTransaction(logger: logger, isolation: isolation, body)
        } catch let error as PostgresTransactionError {
            if let cause = error.closureError { throw cause }
            throw error
        }
    }
}
