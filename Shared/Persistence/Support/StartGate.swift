import Synchronization

/// A one-way gate: services wait on it until start-up work (migrations, topics) is done.
public final class StartGate: Sendable {
    private let opened = Atomic<Bool>(false)

    public init() {}

    public var isOpen: Bool { opened.load(ordering: .acquiring) }

    /// Lets every waiter, present and future, through.
    public func open() {
        opened.store(true, ordering: .releasing)
    }

    /// Returns once the gate is open; throws `CancellationError` if the task is cancelled first.
    public func wait() async throws {
        while !isOpen {
            // Short polls keep cancellation simple; only start-up ever waits here.
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
