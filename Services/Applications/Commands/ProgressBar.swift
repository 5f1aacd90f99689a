import Foundation
import Synchronization

/// A progress bar on standard error: `[##########----------]  512/1024 lignes`.
final class ProgressBar: Sendable {
    private let total: Int
    private let lastDrawn = Mutex(-1)

    init(total: Int) {
        self.total = total
    }

    func show(_ done: Int) {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        // Redraw only when the bar moves: writing every line would cost more than the import.
        let moved = lastDrawn.withLock { last -> Bool in
            guard filled != last || done == total else { return false }
            last = filled
            return true
        }
        guard moved else { return }
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) lignes".utf8))
    }

    func finish() {
        show(total)
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
