import Hummingbird
import Synchronization

/// Public pages that every visitor sees alike (a catalogue), kept in memory for a short
/// lifetime: a burst of visitors costs one rendering, not one query and one rendering each.
///
/// A writer in the same process calls `invalidate()` after its change; other instances show
/// it once their copy expires, `lifetime` later at most.
public final class PageCache: Sendable {
    private struct Entry {
        var html: ByteBuffer
        var expires: ContinuousClock.Instant
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let lifetime: Duration
    private let capacity: Int

    /// - Parameter capacity: pages kept at most; beyond it the cache starts again empty
    ///   (the keys are search parameters a visitor chooses).
    public init(lifetime: Duration, capacity: Int = 256) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The page for `key`, from memory while fresh, else rendered by `render` and kept.
    public func page(_ key: String, render: () async throws -> String) async rethrows -> Response {
        let now = ContinuousClock.now
        if let entry = entries.withLock({ $0[key] }), entry.expires > now { return PageResponses.html(entry.html) }
        let html = ByteBuffer(string: try await render())
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = Entry(html: html, expires: now + lifetime)
        }
        return PageResponses.html(html)
    }

    /// Drops every page: the next visitor sees the change.
    public func invalidate() {
        entries.withLock { $0.removeAll() }
    }
}
