import Foundation

/// A service's clock that a test moves (deadlines, expiries).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    init(_ start: Date) { instant = start }

    /// Read by the service, set by the test; the lock keeps both sides consistent.
    var now: Date {
        get { lock.withLock { instant } }
        set { lock.withLock { instant = newValue } }
    }
}
