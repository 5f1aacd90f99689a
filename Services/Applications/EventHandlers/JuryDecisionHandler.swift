import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Records the jury's decisions against the dossiers they concern.
struct JuryDecisionHandler: EventHandler {
    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        for event in events {
            let decision: Decision
            switch event.header.type {
            case ApplicationSelected.eventType:
                let data = try event.decode(ApplicationSelected.self).data
                decision = Decision(applicationId: data.applicationId, sittingId: data.sittingId, kind: "selected",
                                    grantedAmount: data.grantedAmount, consultingDays: data.consultingDays,
                                    motivation: data.motivation, decidedAt: data.decidedAt)
            case ApplicationRejected.eventType:
                let data = try event.decode(ApplicationRejected.self).data
                decision = Decision(applicationId: data.applicationId, sittingId: data.sittingId, kind: "rejected",
                                    motivation: data.motivation, decidedAt: data.decidedAt)
            case ApplicationDeferred.eventType:
                let data = try event.decode(ApplicationDeferred.self).data
                decision = Decision(applicationId: data.applicationId, sittingId: data.sittingId, kind: "deferred",
                                    motivation: data.motivation, decidedAt: data.decidedAt)
            default:
                continue  // Other jury events do not concern a dossier's page.
            }
            try await connection.query("""
                INSERT INTO jury_decisions (event_id, application_id, sitting_id, decision, granted_amount_cents,
                                            consulting_days, motivation, decided_at)
                VALUES (\(event.header.id), \(decision.applicationId.uuid), \(decision.sittingId.uuid), \(decision.kind),
                        \(decision.grantedAmount?.cents), \(decision.consultingDays), \(decision.motivation), \(decision.decidedAt))
                """, logger: logger)
        }
    }

    /// What the three decision events have in common.
    private struct Decision {
        var applicationId: ApplicationID
        var sittingId: JurySessionID
        var kind: String
        var grantedAmount: Money?
        var consultingDays: Int?
        var motivation: String?
        var decidedAt: Date
    }
}
