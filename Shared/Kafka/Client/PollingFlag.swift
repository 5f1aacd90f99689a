import Synchronization

/// Tells a poll thread whether to go on; shared between the thread and its owner.
final class PollingFlag: Sendable {
    private let value = Atomic<Bool>(true)

    var isPolling: Bool { value.load(ordering: .relaxed) }

    func stop() { value.store(false, ordering: .relaxed) }
}
