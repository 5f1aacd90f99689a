/// Spaces sends at least `1 / messagesPerSecond` apart across all of a sender's connections,
/// without waiting when sending itself is slower than that.
actor SendingPace {
    nonisolated let interval: Duration
    private var next = ContinuousClock.now

    init(messagesPerSecond: Double) {
        interval = .seconds(1 / messagesPerSecond)
    }

    /// Waits for this send's turn.
    nonisolated func wait() async {
        let turn = await reserve(now: .now)
        // A sleep shorter than a millisecond lasts longer than asked: such turns go at once.
        if turn > ContinuousClock.now + .milliseconds(1) { try? await Task.sleep(until: turn, clock: .continuous) }
    }

    /// The next free turn from `now` on, taken.
    func reserve(now: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let turn = max(now, next)
        next = turn + interval
        return turn
    }
}
