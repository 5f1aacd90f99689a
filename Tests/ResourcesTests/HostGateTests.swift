@testable import Resources
import Testing

@Suite("Crawler politeness")
struct HostGateTests {
    /// What the tasks saw: how many held the server at once, and when each took and left it.
    actor Log {
        var holding = 0
        var mostAtOnce = 0
        var spans: [(taken: ContinuousClock.Instant, left: ContinuousClock.Instant)] = []

        func take() -> ContinuousClock.Instant {
            holding += 1
            mostAtOnce = max(mostAtOnce, holding)
            return .now
        }

        func leave(_ taken: ContinuousClock.Instant) {
            holding -= 1
            spans.append((taken, .now))
        }
    }

    @Test("One request at a time per server, each at least the pause after the one before")
    func oneAtATimeWithPause() async {
        let gate = HostGate()
        let log = Log()
        let pause = Duration.milliseconds(30)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    await gate.acquire("mairie.example:443", pause: pause)
                    let taken = await log.take()
                    try? await Task.sleep(for: .milliseconds(5))
                    await log.leave(taken)
                    await gate.release("mairie.example:443")
                }
            }
        }
        #expect(await log.mostAtOnce == 1)
        let spans = await log.spans.sorted { $0.taken < $1.taken }
        #expect(spans.count == 4)
        // A lower bound only: the gate sleeps at least the pause, never less.
        for (before, after) in zip(spans, spans.dropFirst()) { #expect(after.taken - before.left >= pause) }
    }
}
