import Events
import Logging
import Persistence
import PostgresNIO

/// Collects, on each request about a person's data, the confirmation of every other service
/// (the applications service records its own with the request).
struct PersonalDataConfirmationHandler: Sendable {
    var subscriptions: [EventSubscription] {
        [.on(PersonalDataProcessed.self, from: PersonalDataProcessed.topics.filter { $0 != .applications },
             writes: ["personal_data_confirmations"], processed)]
    }

    @Sendable func processed(_ event: SubscribedEvent<PersonalDataProcessed>, on connection: PostgresConnection, logger: Logger) async throws {
        try await PersonalDataRequestRepository(logger: logger).confirm(event.data, on: connection)
    }
}
