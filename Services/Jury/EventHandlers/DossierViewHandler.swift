import Events
import Foundation
import Logging
import Persistence
import PostgresNIO

/// Keeps the jury's view of calls and dossiers from `applications.v1` events.
struct DossierViewHandler: Sendable {
    var subscriptions: [EventSubscription] {
        [
            .on(CallPublished.self, writes: ["calls"], callPublished),
            .on(ApplicationSubmitted.self, writes: ["dossiers"], submitted),
            .on(ApplicationDeclaredComplete.self, writes: ["dossiers", "call_completions"], declaredComplete),
            .on(ApplicationDeclaredIncomplete.self, writes: ["dossiers"]) { event, connection, logger in
                try await setStatus("incomplete", of: event.data.applicationId.uuid, on: connection, logger: logger)
            },
            .on(ApplicationWithdrawn.self, writes: ["dossiers"]) { event, connection, logger in
                try await setStatus("withdrawn", of: event.data.applicationId.uuid, on: connection, logger: logger)
            },
            .on(ApplicationClosed.self, writes: ["dossiers"]) { event, connection, logger in
                try await setStatus("closed", of: event.data.applicationId.uuid, on: connection, logger: logger)
            },
        ]
    }

    /// A call's rules, which bound the jury's decisions.
    @Sendable func callPublished(_ event: SubscribedEvent<CallPublished>, on connection: PostgresConnection, logger: Logger) async throws {
        try await CallRulesRepository(logger: logger).save(event.data, on: connection)
    }

    /// A dossier enters the jury's view, or is submitted again after a request for pieces.
    @Sendable func submitted(_ event: SubscribedEvent<ApplicationSubmitted>, on connection: PostgresConnection, logger: Logger) async throws {
        let dossier = event.data
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
    }

    /// A complete dossier may go on an agenda; its call's count of announced completions grows.
    @Sendable func declaredComplete(_ event: SubscribedEvent<ApplicationDeclaredComplete>, on connection: PostgresConnection,
                                    logger: Logger) async throws {
        let data = event.data
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
    }

    private func setStatus(_ status: String, of applicationId: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "UPDATE dossiers SET status = \(status), updated_at = now() WHERE application_id = \(applicationId)",
            logger: logger)
    }
}
