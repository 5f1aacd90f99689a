import NIOConcurrencyHelpers

/// Positions a relay reported as published, recorded from its hook.
final class PublishedPositions: Sendable {
    private let positions = NIOLockedValueBox<[Int64]>([])

    var count: Int { positions.withLockedValue { $0.count } }

    func record(_ new: [Int64]) { positions.withLockedValue { $0 += new } }
}
