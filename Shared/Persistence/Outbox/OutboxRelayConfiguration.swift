/// Tuning of an ``OutboxRelay``.
public struct OutboxRelayConfiguration: Sendable {
    /// Rows claimed and published per round trip.
    public var batchSize: Int
    /// Batches published and not yet marked sent, at most.
    public var pipelineDepth: Int
    /// Batches claimed after the cursor before the relay looks again from the oldest unsent row.
    public var rescanEvery: Int
    /// The longest wait between two looks at the outbox when no notification arrives.
    public var pollInterval: Duration
    /// How often a standby relay tries to become the active one.
    public var standbyInterval: Duration
    /// First and longest pause after a failed round.
    public var initialBackoff: Duration
    public var maximumBackoff: Duration
    /// Sent rows older than this are deleted.
    public var retention: Duration

    public init(batchSize: Int = 1_000, pipelineDepth: Int = 4, rescanEvery: Int = 32, pollInterval: Duration = .seconds(1), standbyInterval: Duration = .seconds(2),
                initialBackoff: Duration = .milliseconds(100), maximumBackoff: Duration = .seconds(10),
                retention: Duration = .seconds(7 * 24 * 3600)) {
        self.batchSize = batchSize
        self.pipelineDepth = pipelineDepth
        self.rescanEvery = rescanEvery
        self.pollInterval = pollInterval
        self.standbyInterval = standbyInterval
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.retention = retention
    }
}
