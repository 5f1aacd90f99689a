import Logging
import ServiceLifecycle

/// Runs services in a `ServiceGroup` for the duration of `body`, then shuts them down
/// gracefully, as SIGTERM would. Tools and tests use it; executables run their group until
/// a signal instead.
public func withRunningServices<Result: Sendable>(
    _ services: [any Service],
    logger: Logger,
    _ body: () async throws -> Result
) async throws -> Result {
    let group = ServiceGroup(configuration: .init(services: services.map { .init(service: $0) }, logger: logger))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        do {
            let result = try await body()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            await group.triggerGracefulShutdown()
            try? await tasks.waitForAll()
            throw error
        }
    }
}
