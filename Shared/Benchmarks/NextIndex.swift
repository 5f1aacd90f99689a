import Synchronization

/// Hands each client of a load the next unused index.
final class NextIndex: Sendable {
    private let counter: Atomic<Int>

    init(_ start: Int) {
        counter = Atomic(start)
    }

    func take() -> Int {
        counter.add(1, ordering: .relaxed).oldValue
    }
}
