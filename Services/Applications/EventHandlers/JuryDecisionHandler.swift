import Events
import Logging
import Persistence
import PostgresNIO

/// Records the jury's decisions against the dossiers they concern.
struct JuryDecisionHandler: EventHandler {
    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        for event in events {
            switch event.header.type {
            case ApplicationSelected.eventType:
                let envelope = try event.decode(ApplicationSelected.self)
                let decision = envelope.data
                try await connection.query("""
                    INSERT INTO jury_decisions (event_id, application_id, sitting_id, decision, granted_amount_cents, consulting_days, motivation, decided_at)
                    VALUES (\(envelope.id), \(decision.applicationId.uuid), \(decision.sittingId.uuid), 'selected',
                            \(decision.grantedAmount?.cents), \(decision.consultingDays), \(decision.motivation), \(decision.decidedAt))
                    """, logger: logger)
            case ApplicationRejected.eventType:
                let envelope = try event.decode(ApplicationRejected.self)
                let decision = envelope.data
                try await connection.query("""
                    INSERT INTO jury_decisions (event_id, application_id, sitting_id, decision, motivation, decided_at)
                    VALUES (\(envelope.id), \(decision.applicationId.uuid), \(decision.sittingId.uuid), 'rejected',
                            \(decision.motivation), \(decision.decidedAt))
                    """, logger: logger)
            case ApplicationDeferred.eventType:
                let envelope = try event.decode(ApplicationDeferred.self)
                let decision = envelope.data
                try await connection.query("""
                    INSERT INTO jury_decisions (event_id, application_id, sitting_id, decision, motivation, decided_at)
                    VALUES (\(envelope.id), \(decision.applicationId.uuid), \(decision.sittingId.uuid), 'deferred',
                            \(decision.motivation), \(decision.decidedAt))
                    """, logger: logger)
            default:
                continue  // Other jury events do not concern a dossier's page.
            }
        }
    }
}
