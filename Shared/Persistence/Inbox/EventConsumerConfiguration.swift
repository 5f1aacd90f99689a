/// Tuning of an ``EventConsumer``.
public struct EventConsumerConfiguration: Sendable {
    /// Records applied in one transaction, at most (a poll takes what is there, up to this).
    /// Under a backlog, each transaction's round trips are shared by this many events: 1,000
    /// applies about a tenth faster than 500 (`scripts/bench bus`).
    public var batchSize: Int
    /// How long one poll waits for a first record.
    public var pollTimeout: Duration
    /// Attempts at one event before it goes to the dead-letter topic.
    public var maximumAttempts: Int
    /// First pause between attempts; doubles each time.
    public var retryBackoff: Duration
    /// How often applied offsets are committed (and always when the consumer stops).
    public var commitInterval: Duration
    /// The longest pause while the database is unreachable.
    public var maximumBackoff: Duration

    public init(batchSize: Int = 1_000, pollTimeout: Duration = .milliseconds(200), maximumAttempts: Int = 3,
                retryBackoff: Duration = .milliseconds(100), commitInterval: Duration = .milliseconds(500),
                maximumBackoff: Duration = .seconds(10)) {
        self.commitInterval = commitInterval
        self.batchSize = batchSize
        self.pollTimeout = pollTimeout
        self.maximumAttempts = maximumAttempts
        self.retryBackoff = retryBackoff
        self.maximumBackoff = maximumBackoff
    }
}
