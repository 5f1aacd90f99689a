import Events
import Foundation
import Logging
import Persistence
import PostgresNIO

/// A service's answer to a person's request about their data: every holder of the service
/// exports or erases what it keeps about the address, and the confirmation goes out on the
/// service's own topic, all in the inbox transaction, so a redelivered request does nothing
/// twice and a crash leaves neither half an erasure nor a confirmation without its effect.
/// The applications service, which records the requests, answers its own part in the
/// request's transaction instead (``process(_:on:logger:)``).
public struct PersonalDataResponder: Sendable {
    public let service: String
    public let topic: Topic
    /// The service's own holders, then its accounts (last: a holder may need the name an account still bears).
    public let holders: [any PersonalDataHolder]
    let clock: @Sendable () -> Date

    public init(service: String, topic: Topic, holders: [any PersonalDataHolder], clock: @escaping @Sendable () -> Date = { Date() }) {
        self.service = service
        self.topic = topic
        self.holders = holders + [AccountPersonalData()]
        self.clock = clock
    }

    public var subscriptions: [EventSubscription] {
        [.on(PersonalDataRequested.self, writes: holders.flatMap(\.tables) + ["outbox"], respond)]
    }

    @Sendable func respond(_ event: SubscribedEvent<PersonalDataRequested>, on connection: PostgresConnection, logger: Logger) async throws {
        let confirmation = try await process(event.data, on: connection, logger: logger)
        try await Outbox.append(EventEnvelope(causedBy: event.envelope.header, source: service, occurredAt: clock(), data: confirmation),
                                topic: topic, on: connection, logger: logger)
    }

    /// Exports or erases what the service's holders keep about the person, on the caller's
    /// transaction; the service that records a request answers its own part so.
    public func process(_ request: PersonalDataRequested, on connection: PostgresConnection, logger: Logger) async throws -> PersonalDataProcessed {
        var records: [PersonalRecord] = [], count = 0
        for holder in holders {
            switch request.kind {
            case .export:
                let found = try await holder.records(of: request.email, on: connection, logger: logger)
                records += found
                count += found.count
            case .erasure:
                count += try await holder.erase(request.email, on: connection, logger: logger)
            }
        }
        logger.info("personal data request processed", metadata: ["request.id": "\(request.requestId)", "kind": "\(request.kind.rawValue)",
                                                                  "records": "\(count)"])
        return PersonalDataProcessed(requestId: request.requestId, service: service, kind: request.kind, recordCount: count, records: records,
                                     processedAt: clock())
    }
}
