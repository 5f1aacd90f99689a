/// How hard the sender tries: retries with exponential backoff and jitter, a bound on
/// attempts, a sending rate.
struct DeliveryPolicy: Sendable {
    /// Attempts before a temporarily refused message is given up (and dead-lettered).
    var maxAttempts = 8
    var firstRetryDelay: Duration = .seconds(30)
    var maxRetryDelay: Duration = .seconds(3600)
    /// Messages sent per second at most.
    var messagesPerSecond = 20.0
    /// How often the queue is looked at when it was found empty and no `NOTIFY` came (retries
    /// fall due without one).
    var pollInterval: Duration = .seconds(1)
    /// SMTP connections open at once, each sending its own batch.
    var connections = 4
    /// Messages sent on one connection before it is renewed.
    var messagesPerConnection = 1_000
    /// Messages claimed at a time.
    var batchSize = 50
    /// How long a claimed message stays with its sender without news of it; the sender renews
    /// it until the outcome is recorded, so it runs out only when the sender died, and then
    /// another sender sends the message.
    var lease: Duration = .seconds(60)
    /// How long the recorder lets outcomes gather after a commit before the next one: at full
    /// speed a transaction (and a relay round) per dozen messages instead of one or two. The
    /// price: a crash forgets this much more of what was sent, and those messages go twice
    /// (at the default 20 messages/s, at most one more).
    var outcomeWindow: Duration = .milliseconds(10)

    /// The wait before attempt `attempt + 1`: doubling from the first delay, capped, and
    /// spread by ±25 % so that messages refused together are not retried together.
    func retryDelay(afterAttempt attempt: Int, jitter: Double = Double.random(in: 0.75...1.25)) -> Duration {
        let base = firstRetryDelay * (1 << min(max(attempt - 1, 0), 20))
        return min(base, maxRetryDelay) * jitter
    }
}
