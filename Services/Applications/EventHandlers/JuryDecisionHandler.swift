import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Applies the jury's events to the dossiers: a scheduled sitting puts the complete
/// dossiers of its calls on the agenda; a decision moves its dossier and is kept to show.
struct JuryDecisionHandler: EventHandler {
    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        let dossiers = DossierRepository(logger: logger)
        for event in events {
            let decision: Decision
            switch event.header.type {
            case JurySittingScheduled.eventType:
                try await placeOnAgenda(try event.decode(JurySittingScheduled.self), on: connection, logger: logger)
                continue
            case ApplicationSelected.eventType:
                let data = try event.decode(ApplicationSelected.self).data
                decision = Decision(applicationId: data.applicationId, sittingId: data.sittingId, action: .select,
                                    grantedAmount: data.grantedAmount, consultingDays: data.consultingDays,
                                    motivation: data.motivation, decidedAt: data.decidedAt)
            case ApplicationRejected.eventType:
                let data = try event.decode(ApplicationRejected.self).data
                decision = Decision(applicationId: data.applicationId, sittingId: data.sittingId, action: .reject,
                                    motivation: data.motivation, decidedAt: data.decidedAt)
            case ApplicationDeferred.eventType:
                let data = try event.decode(ApplicationDeferred.self).data
                decision = Decision(applicationId: data.applicationId, sittingId: data.sittingId, action: .defer,
                                    motivation: data.motivation, decidedAt: data.decidedAt)
            default:
                continue  // Other jury events do not concern a dossier.
            }
            try await connection.query("""
                INSERT INTO jury_decisions (event_id, application_id, sitting_id, decision, granted_amount_cents,
                                            consulting_days, motivation, decided_at)
                VALUES (\(event.header.id), \(decision.applicationId.uuid), \(decision.sittingId.uuid), \(decision.kind),
                        \(decision.grantedAmount?.cents), \(decision.consultingDays), \(decision.motivation), \(decision.decidedAt))
                """, logger: logger)
            guard var dossier = try await dossiers.find(decision.applicationId, forUpdate: true, on: connection) else { continue }
            guard let next = dossier.status.after(decision.action) else {
                // e.g. withdrawn meanwhile: the decision is kept, the dossier stays as the applicant left it.
                logger.warning("jury decision on a dossier that cannot take it", metadata: [
                    "event.id": "\(event.header.id)", "dossier.status": "\(dossier.status.rawValue)",
                ])
                continue
            }
            dossier.status = next
            dossier.updatedAt = decision.decidedAt
            try await dossiers.update(dossier, on: connection)
            try await dossiers.recordHistory(dossier, actor: "jury", action: "Décision du jury : \(next.frenchLabel)",
                                             eventId: event.header.id, message: decision.motivation, on: connection)
        }
    }

    /// Complete dossiers of the sitting's calls, completed before its cut-off, go on its agenda.
    private func placeOnAgenda(_ event: EventEnvelope<JurySittingScheduled>, on connection: PostgresConnection, logger: Logger) async throws {
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
