import Events
import Foundation
import Kafka
import Logging
import Model
import Persistence
import PostgresNIO

/// Service A of the delivery tests: a `dossiers` table whose rows are written with their
/// event in the outbox, in one transaction.
enum SourceFixture {
    static let migrations = [Migration(version: 100, name: "dossiers", statements: [
        "CREATE TABLE dossiers (application_id uuid PRIMARY KEY, reference text NOT NULL)",
    ])]

    static func submittedEvent(reference: String) -> EventEnvelope<ApplicationSubmitted> {
        let applicant = ApplicantSnapshot(applicantId: ApplicantID(), name: "Commune de Test", kind: .commune,
                                          inseeCode: InseeCode("31555"), siren: nil, department: "31", population: 900,
                                          insideUrbanAgglomeration: false)
        return EventEnvelope(source: "applications", data: ApplicationSubmitted(
            applicationId: ApplicationID(), reference: reference, callId: CallID(), action: .consultingAid, applicant: applicant,
            contacts: [], projectTitle: "Point d'accès public", theme: "Services aux citoyens", eligibleCost: nil,
            requestedSubsidy: nil, submittedAt: Date()))
    }

    /// The state change and its event, in one transaction.
    static func submit(_ envelope: EventEnvelope<ApplicationSubmitted>, topic: Topic, on client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query(
                "INSERT INTO dossiers (application_id, reference) VALUES (\(envelope.data.applicationId.uuid), \(envelope.data.reference))",
                logger: logger)
            try await Outbox.append(envelope, topic: topic, on: connection, logger: logger)
        }
    }
}
