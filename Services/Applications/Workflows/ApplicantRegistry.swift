import Events
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Registers collectivités: the row and `ApplicantRegistered` in the caller's transaction,
/// whichever way they come (the back office, the API, a CSV import).
struct ApplicantRegistry: Sendable {
    let logger: Logger

    func register(_ applicant: Applicant, at instant: Date, on connection: PostgresConnection) async throws {
        try await ApplicantRepository(logger: logger).insert(applicant, on: connection)
        let event = ApplicantRegistered(applicant: applicant.snapshot, website: applicant.website, contacts: applicant.contacts,
                                        registeredAt: instant)
        try await Outbox.append(EventEnvelope(occurredAt: instant, source: "applications", data: event), on: connection, logger: logger)
    }
}
