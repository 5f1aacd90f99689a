/// A probe that got no answer in time.
struct DeadlineExceeded: Error, CustomStringConvertible {
    var description: String { "no answer in time" }
}

/// Runs `work`, giving up with ``DeadlineExceeded`` after `timeout`.
func withDeadline(_ timeout: Duration, _ work: @escaping @Sendable () async throws -> Void) async throws {
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw DeadlineExceeded()
        }
        defer { group.cancelAll() }
        try await group.next()
    }
}
