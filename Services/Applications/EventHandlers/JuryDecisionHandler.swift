import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Applies the jury's events to the dossiers: a scheduled sitting puts the complete
/// dossiers of its calls on the agenda; a decision moves its dossier and is kept to show.
struct JuryDecisionHandler: Sendable {
    var subscriptions: [EventSubscription] {
        let decided = ["jury_decisions", "dossiers", "dossier_history"]
        return [
            .on(JurySittingScheduled.self, writes: ["dossiers", "dossier_history"], placeOnAgenda),
            .on(ApplicationSelected.self, writes: decided) { event, connection, logger in
                let data = event.data
                try await apply(Decision(applicationId: data.applicationId, sittingId: data.sittingId, action: .select,
                                         grantedAmount: data.grantedAmount, consultingDays: data.consultingDays,
                                         motivation: data.motivation, decidedAt: data.decidedAt),
                                eventId: event.id, on: connection, logger: logger)
            },
            .on(ApplicationRejected.self, writes: decided) { event, connection, logger in
                let data = event.data
                try await apply(Decision(applicationId: data.applicationId, sittingId: data.sittingId, action: .reject,
                                         motivation: data.motivation, decidedAt: data.decidedAt),
                                eventId: event.id, on: connection, logger: logger)
            },
            .on(ApplicationDeferred.self, writes: decided) { event, connection, logger in
                let data = event.data
                try await apply(Decision(applicationId: data.applicationId, sittingId: data.sittingId, action: .defer,
                                         motivation: data.motivation, decidedAt: data.decidedAt),
                                eventId: event.id, on: connection, logger: logger)
            },
        ]
    }

    /// Keeps the decision to show, and moves its dossier when its status can take it.
    private func apply(_ decision: Decision, eventId: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        let dossiers = DossierRepository(logger: logger)
        try await connection.query("""
            INSERT INTO jury_decisions (event_id, application_id, sitting_id, decision, granted_amount_cents,
                                        consulting_days, motivation, decided_at)
            VALUES (\(eventId), \(decision.applicationId.uuid), \(decision.sittingId.uuid), \(decision.kind),
                    \(decision.grantedAmount?.cents), \(decision.consultingDays), \(decision.motivation), \(decision.decidedAt))
            """, logger: logger)
        guard var dossier = try await dossiers.find(decision.applicationId, forUpdate: true, on: connection) else { return }
        guard let next = dossier.status.after(decision.action) else {
            // e.g. withdrawn meanwhile: the decision is kept, the dossier stays as the applicant left it.
            logger.warning("jury decision on a dossier that cannot take it", metadata: [
                "event.id": "\(eventId)", "dossier.status": "\(dossier.status.rawValue)",
            ])
            return
        }
        dossier.status = next
        dossier.updatedAt = decision.decidedAt
        try await dossiers.update(dossier, on: connection)
        try await dossiers.recordHistory(dossier, actor: "jury", action: "Décision du jury : \(next.frenchLabel)",
                                         eventId: eventId, message: decision.motivation, on: connection)
    }

    /// Complete dossiers of the sitting's calls, completed before its cut-off, go on its agenda.
    @Sendable func placeOnAgenda(_ event: SubscribedEvent<JurySittingScheduled>, on connection: PostgresConnection, logger: Logger) async throws {
        let sitting = event.data
        try await connection.query("""
            WITH placed AS (
                UPDATE dossiers SET status = 'onAgenda', updated_at = \(event.occurredAt)
                WHERE call_id = ANY(\(sitting.callIds.map(\.uuid))) AND status IN ('complete', 'deferred')
                  AND completed_at < \(sitting.cutOff)
                RETURNING id)
            INSERT INTO dossier_history (dossier_id, at, actor, action, status, event_id)
            SELECT id, \(event.occurredAt), 'jury', \("Inscrit à l'ordre du jour du jury du \(sitting.sittingDate.frenchLong)"),
                   'onAgenda', \(event.id)
            FROM placed
            """, logger: logger)
    }

    /// What the three decision events have in common.
    private struct Decision {
        var applicationId: ApplicationID
        var sittingId: JurySessionID
        var action: DossierAction
        var grantedAmount: Money?
        var consultingDays: Int?
        var motivation: String?
        var decidedAt: Date

        var kind: String {
            switch action {
            case .select: "selected"
            case .reject: "rejected"
            default: "deferred"
            }
        }
    }
}
