import Synchronization

/// What an ``EventConsumer`` did since it started, read by tests and the metrics endpoint.
public final class ConsumerStatistics: Sendable {
    private let appliedCount = Atomic<Int>(0)
    private let duplicateCount = Atomic<Int>(0)
    private let deadLetteredCount = Atomic<Int>(0)
    private let transactionCount = Atomic<Int>(0)

    public init() {}

    /// Events applied for the first time.
    public var applied: Int { appliedCount.load(ordering: .relaxed) }
    /// Events skipped because the inbox already held their id.
    public var duplicates: Int { duplicateCount.load(ordering: .relaxed) }
    /// Inbox transactions committed.
    public var transactions: Int { transactionCount.load(ordering: .relaxed) }
    /// Records sent to the dead-letter topic.
    public var deadLettered: Int { deadLetteredCount.load(ordering: .relaxed) }

    /// One committed inbox transaction, with its new and already-seen events.
    func recordTransaction(applied: Int, duplicates: Int) {
        appliedCount.add(applied, ordering: .relaxed)
        duplicateCount.add(duplicates, ordering: .relaxed)
        transactionCount.add(1, ordering: .relaxed)
    }

    func recordDeadLettered() { deadLetteredCount.add(1, ordering: .relaxed) }
}
