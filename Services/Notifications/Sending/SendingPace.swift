/// Spaces sends at least `1 / messagesPerSecond` apart across all of a sender's connections,
/// without waiting when sending itself is slower than that.
actor SendingPace {
    let interval: Duration
    private var next = ContinuousClock.now

    init(messagesPerSecond: Double) {
        interval = .seconds(1 / messagesPerSecond)
    }

    /// Waits for this send's turn.
    nonisolated func wait() async {
        let turn = await reserve()
        if turn > ContinuousClock.now { try? await Task.sleep(until: turn, clock: .continuous) }
    }

    private func reserve() -> ContinuousClock.Instant {
        let turn = max(ContinuousClock.now, next)
        next = turn + interval
        return turn
    }
}
