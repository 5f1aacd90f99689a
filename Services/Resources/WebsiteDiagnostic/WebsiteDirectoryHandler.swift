import Events
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Keeps, from `ApplicantRegistered`, the collectivités that have a website: the list the
/// diagnostic runs over.
struct WebsiteDirectoryHandler: Sendable {
    var subscriptions: [EventSubscription] {
        [.on(ApplicantRegistered.self, writes: ["websites"], registered)]
    }

    @Sendable func registered(_ event: SubscribedEvent<ApplicantRegistered>, on connection: PostgresConnection, logger: Logger) async throws {
        let data = event.data
        guard let url = data.website.flatMap(Website.normalised) else { return }
        let contact = data.contacts.first
        // The event's id names the row, so that a redelivered event writes the same one.
        try await WebsiteRepository(logger: logger).save(Website(
            id: event.id, applicantId: data.applicant.applicantId, collectivite: data.applicant.name, department: data.applicant.department,
            population: data.applicant.population, url: url, contactName: contact?.name, contactEmail: contact?.email, source: .applications,
            addedAt: data.registeredAt), on: connection)
    }
}
