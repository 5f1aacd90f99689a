import Events
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Keeps the jury's view of calls and dossiers from `applications.v1` events.
struct DossierViewHandler: EventHandler {
    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        for event in events {
            switch event.header.type {
            case CallPublished.eventType:
                try await CallRulesRepository(logger: logger).save(try event.decode(CallPublished.self).data, on: connection)
            case ApplicationSubmitted.eventType:
                let dossier = try event.decode(ApplicationSubmitted.self).data
                let applicant = dossier.applicant
                try await connection.query("""
                    INSERT INTO dossiers (application_id, reference, call_id, action, applicant_name, applicant_kind, department,
                                          population, priority_target, project_title, theme, eligible_cost_cents,
                                          requested_subsidy_cents, status, submitted_at)
                    VALUES (\(dossier.applicationId.uuid), \(dossier.reference), \(dossier.callId.uuid), \(dossier.action.rawValue),
                            \(applicant.name), \(applicant.kind.rawValue), \(applicant.department), \(applicant.population),
                            \(applicant.priorityTarget), \(dossier.projectTitle), \(dossier.theme), \(dossier.eligibleCost?.cents),
                            \(dossier.requestedSubsidy?.cents), 'submitted', \(dossier.submittedAt))
                    ON CONFLICT (application_id) DO UPDATE SET
                        project_title = EXCLUDED.project_title, theme = EXCLUDED.theme,
                        eligible_cost_cents = EXCLUDED.eligible_cost_cents,
                        requested_subsidy_cents = EXCLUDED.requested_subsidy_cents,
                        status = 'submitted', updated_at = now()
                    """, logger: logger)
            case ApplicationDeclaredComplete.eventType:
                let data = try event.decode(ApplicationDeclaredComplete.self).data
                // Events of one call come on several partitions: the count only grows.
                try await connection.query("""
                    WITH completed AS (
                        UPDATE dossiers SET status = 'complete', completed_at = \(data.completedAt), updated_at = now()
                        WHERE application_id = \(data.applicationId.uuid)
                        RETURNING call_id)
                    INSERT INTO call_completions (call_id, announced)
                    SELECT call_id, \(data.completeInCall) FROM completed WHERE \(data.completeInCall)::int IS NOT NULL
                    ON CONFLICT (call_id) DO UPDATE SET announced = greatest(call_completions.announced, EXCLUDED.announced)
                    """, logger: logger)
            case ApplicationDeclaredIncomplete.eventType:
                let data = try event.decode(ApplicationDeclaredIncomplete.self).data
                try await setStatus("incomplete", of: data.applicationId.uuid, on: connection, logger: logger)
            case ApplicationWithdrawn.eventType:
                let data = try event.decode(ApplicationWithdrawn.self).data
                try await setStatus("withdrawn", of: data.applicationId.uuid, on: connection, logger: logger)
            case ApplicationClosed.eventType:
                let data = try event.decode(ApplicationClosed.self).data
                try await setStatus("closed", of: data.applicationId.uuid, on: connection, logger: logger)
            default:
                continue  // Other event types do not change the jury's view.
            }
        }
    }

    private func setStatus(_ status: String, of applicationId: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "UPDATE dossiers SET status = \(status), updated_at = now() WHERE application_id = \(applicationId)",
            logger: logger)
    }
}
