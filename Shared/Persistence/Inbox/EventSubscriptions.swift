import Events
import Logging
import PostgresNIO

/// A service's subscriptions as its consumer's handler: each event goes to the subscription
/// of its type, in the order read; types no subscription names are skipped.
public struct EventSubscriptions: EventHandler {
    public let all: [EventSubscription]
    private let indexByType: [String: Int]

    /// A contract named by two subscriptions is a programming error: which one applies would be arbitrary.
    public struct DuplicateSubscription: Error, CustomStringConvertible {
        public let eventType: String
        public var description: String { "\(eventType) has two subscriptions" }
    }

    public init(_ subscriptions: [EventSubscription]) throws {
        var index: [String: Int] = [:]
        for (position, subscription) in subscriptions.enumerated() {
            for payload in subscription.payloads where index.updateValue(position, forKey: payload.eventType) != nil {
                throw DuplicateSubscription(eventType: payload.eventType)
            }
        }
        self.all = subscriptions
        self.indexByType = index
    }

    /// The topics to read: those of the contracts subscribed to, in the order first named.
    public var topics: [Topic] {
        var seen = Set<Topic>()
        return all.flatMap(\.topics).filter { seen.insert($0).inserted }
    }

    public func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        // Consecutive events of one subscription go together, so a batch handler gets its run whole.
        var run: [ReceivedEvent] = []
        var runIndex: Int?
        for event in events {
            let index = indexByType[event.header.type]
            if index != runIndex, let current = runIndex {
                try await all[current].apply(run, connection, logger)
                run.removeAll(keepingCapacity: true)
            }
            runIndex = index
            if index != nil { run.append(event) }
        }
        if let current = runIndex, !run.isEmpty {
            try await all[current].apply(run, connection, logger)
        }
    }
}
