import Logging
import Persistence
import ServiceLifecycle

/// ``Persistence/withRunningServices(_:logger:_:)`` with the tests' logger.
func withRunningServices<Result: Sendable>(
    _ services: [any Service],
    _ body: () async throws -> Result
) async throws -> Result {
    try await Persistence.withRunningServices(services, logger: TestEnvironment.logger, body)
}

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
/// A wait for an asynchronous effect, not a performance assertion.
func eventually(timeout: Duration = .seconds(30), _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
}
