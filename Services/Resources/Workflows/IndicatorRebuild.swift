import Events
import Kafka
import Logging
import Persistence
import PostgresNIO

/// Empties the indicators' facts and applies again every event of the topics, from their
/// beginning, in one transaction: the figures after it are those the events imply.
///
/// Emptying the tables locks them, so the live consumer waits for the rebuild; the topics'
/// ends are read after that, so that every event is either in the rebuild or applied by the
/// live consumer after it.
struct IndicatorRebuild: Sendable {
    let database: PostgresClient
    let kafka: KafkaConfiguration
    let logger: Logger

    struct Summary: Sendable, Equatable {
        /// Records read from the topics.
        var read: Int
        /// Events of a type the indicators count.
        var applied: Int
        /// Records that are no event the indicators can read (dead-lettered by the live consumer).
        var skipped: Int
    }

    func run() async throws -> Summary {
        let subscriptions = try EventSubscriptions(IndicatorFactsHandler().subscriptions)
        var contracts: [String: any EventPayload.Type] = [:]
        for payload in subscriptions.all.flatMap(\.payloads) { contracts[payload.eventType] = payload }
        let reader = try KafkaTopicReader(configuration: kafka, logger: logger)
        let topics = subscriptions.topics.map(\.name)
        return try await database.transaction(logger: logger) { connection in
            try await connection.query("TRUNCATE indicator_calls, indicator_dossiers, indicator_sessions, indicator_registrations",
                                       logger: logger)
            var summary = Summary(read: 0, applied: 0, skipped: 0)
            summary.read = try await reader.readAll(topics) { messages in
                var events: [ReceivedEvent] = []
                for message in messages {
                    guard let header = try? EventHeader.decode(from: message.value) else {
                        summary.skipped += 1
                        continue
                    }
                    let event = ReceivedEvent(header: header, message: message)
                    guard let contract = contracts[header.type] else { continue }
                    guard Self.decodes(event, as: contract) else {
                        summary.skipped += 1
                        continue
                    }
                    events.append(event)
                }
                summary.applied += events.count
                try await subscriptions.handle(events, on: connection, logger: logger)
            }
            return summary
        }
    }

    private static func decodes<Payload: EventPayload>(_ event: ReceivedEvent, as contract: Payload.Type) -> Bool {
        (try? event.decode(contract)) != nil
    }
}
