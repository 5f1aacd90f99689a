import Events
import Foundation
import Kafka
import Persistence
import PostgresNIO
import Synchronization
import Testing

/// The consumer's handler built from subscriptions: each event reaches the subscription of
/// its type, in the order read, and runs of one batch subscription arrive together.
@Suite("Event subscriptions", .platform)
struct EventSubscriptionsTests {
    private func received(_ type: any EventPayload.Type) -> ReceivedEvent {
        ReceivedEvent(header: EventHeader(id: UUID(), type: type.eventType, version: type.eventVersion, occurredAt: Date(), source: "test",
                                          correlationId: UUID(), causationId: nil),
                      message: KafkaMessage(topic: type.topic.name, partition: 0, offset: 0, key: [], value: [], headers: []))
    }

    @Test("Runs in order, unknown types skipped, a batch subscription gets its consecutive events together")
    func dispatch() async throws {
        let calls = Mutex<[String]>([])
        let record: @Sendable (String, [ReceivedEvent]) -> Void = { name, events in
            calls.withLock { $0.append("\(name):" + events.map(\.header.type).joined(separator: ",")) }
        }
        let subscriptions = try EventSubscriptions([
            .batch([CallPublished.self, CallClosed.self], writes: ["calls"]) { events, _, _ in record("calls", events) },
            .batch([ApplicationSubmitted.self], writes: ["dossiers"]) { events, _, _ in record("dossiers", events) },
        ])
        #expect(subscriptions.topics == [.applications])
        let events = [received(CallPublished.self), received(CallClosed.self), received(ApplicationSubmitted.self),
                      received(EmailDelivered.self), received(CallPublished.self)]
        let schema = TestSchema.make("it_subscriptions")
        try await withRunningServices([schema.client]) {
            try await schema.client.withConnection { connection in
                try await subscriptions.handle(events, on: connection, logger: TestEnvironment.logger)
            }
        }
        #expect(calls.withLock { $0 } == ["calls:CallPublished,CallClosed", "dossiers:ApplicationSubmitted", "calls:CallPublished"])
    }

    @Test("Two subscriptions to one contract are refused")
    func duplicates() {
        #expect(throws: EventSubscriptions.DuplicateSubscription.self) {
            try EventSubscriptions([
                .batch([CallPublished.self], writes: ["calls"]) { _, _, _ in },
                .batch([CallPublished.self], writes: ["calls"]) { _, _, _ in },
            ])
        }
    }
}
