import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Decides, from each event, who gets which email, and queues it in the inbox transaction:
/// the event's id, the recipient and the template make the message unique, so a redelivered
/// event queues nothing more. Learns addresses, calls and jury dates on the way.
struct MailPlanner: EventHandler {
    let renderer: MailRenderer
    /// Today, in Paris; tests move it.
    var today: @Sendable () -> LocalDate = { ParisTime.localDate(of: Date()) }

    func handle(_ events: [ReceivedEvent], on connection: PostgresConnection, logger: Logger) async throws {
        let directory = RecipientDirectory(logger: logger)
        for event in events {
            // `jury.v1` is read apart from `applications.v1`: after a backlog a decision may come
            // before its dossier's submission. It then waits, whole, and is handled on its arrival.
            if let dossier = try Self.decidedDossier(of: event), try await !directory.isKnown(dossier, on: connection) {
                try await directory.park(event, for: dossier, on: connection)
                logger.info("the dossier is not known yet: the decision waits for it", metadata: ["event.id": "\(event.header.id)"])
                continue
            }
            switch event.header.type {
            case CallPublished.eventType:
                let call = try event.decode(CallPublished.self).data
                try await directory.saveCall(call.callId, title: call.title, on: connection)
            case JurySittingScheduled.eventType:
                let sitting = try event.decode(JurySittingScheduled.self).data
                try await directory.saveSitting(sitting.sittingId, date: sitting.sittingDate, callIds: sitting.callIds, on: connection)
                for dossier in try await directory.putOnAgenda(sitting.sittingId, callIds: sitting.callIds, cutOff: sitting.cutOff, on: connection) {
                    try await plan(.juryDate, for: dossier, cause: event.header.id, values: ["juryDate": sitting.sittingDate.frenchLong],
                                   on: connection, logger: logger)
                }
            case ApplicationSubmitted.eventType:
                let dossier = try event.decode(ApplicationSubmitted.self).data
                try await directory.saveDossier(dossier.applicationId, reference: dossier.reference, callId: dossier.callId,
                                                projectTitle: dossier.projectTitle, contacts: dossier.contacts.map { ($0.name, $0.email) },
                                                on: connection)
                try await plan(.dossierReceived, for: dossier.applicationId, cause: event.header.id, withJuryDate: true, on: connection, logger: logger)
                try await handle(try await directory.takeParked(for: dossier.applicationId, on: connection), on: connection, logger: logger)
            case ApplicationDeclaredIncomplete.eventType:
                let data = try event.decode(ApplicationDeclaredIncomplete.self).data
                try await plan(.dossierIncomplete, for: data.applicationId, cause: event.header.id, values: ["staffMessage": data.message],
                               on: connection, logger: logger)
            case ApplicationDeclaredComplete.eventType:
                let data = try event.decode(ApplicationDeclaredComplete.self).data
                try await directory.markComplete(data.applicationId, at: data.completedAt, on: connection)
                try await plan(.dossierComplete, for: data.applicationId, cause: event.header.id, withJuryDate: true, on: connection, logger: logger)
            case ApplicationSelected.eventType:
                let data = try event.decode(ApplicationSelected.self).data
                try await directory.settle(data.applicationId, outcome: "selected", on: connection)
                try await plan(.selected, for: data.applicationId, cause: event.header.id, values: [
                    "amount": data.grantedAmount?.formattedFrench, "days": data.consultingDays.map(String.init), "motivation": data.motivation,
                ], on: connection, logger: logger)
            case ApplicationRejected.eventType:
                let data = try event.decode(ApplicationRejected.self).data
                try await directory.settle(data.applicationId, outcome: "rejected", on: connection)
                try await plan(.rejected, for: data.applicationId, cause: event.header.id, values: ["motivation": data.motivation],
                               on: connection, logger: logger)
            case ApplicationDeferred.eventType:
                let data = try event.decode(ApplicationDeferred.self).data
                try await directory.takeOffAgenda(data.applicationId, on: connection)
                try await plan(.deferred, for: data.applicationId, cause: event.header.id, values: [
                    "juryDate": data.nextSittingDate?.frenchLong, "motivation": data.motivation,
                ], on: connection, logger: logger)
            case ApplicationWithdrawn.eventType:
                try await directory.settle(try event.decode(ApplicationWithdrawn.self).data.applicationId, outcome: "withdrawn", on: connection)
            case ApplicationClosed.eventType:
                try await directory.settle(try event.decode(ApplicationClosed.self).data.applicationId, outcome: "closed", on: connection)
            default:
                try await handleTrainingOrResources(event, on: connection, logger: logger)
            }
        }
    }

    /// The dossier a jury decision is about; `nil` for other events.
    private static func decidedDossier(of event: ReceivedEvent) throws -> ApplicationID? {
        switch event.header.type {
        case ApplicationSelected.eventType: try event.decode(ApplicationSelected.self).data.applicationId
        case ApplicationRejected.eventType: try event.decode(ApplicationRejected.self).data.applicationId
        case ApplicationDeferred.eventType: try event.decode(ApplicationDeferred.self).data.applicationId
        default: nil
        }
    }

    /// Queues `template` for each contact of the dossier.
    private func plan(_ template: MailTemplate, for dossier: ApplicationID, cause: UUID, values extra: [String: String?] = [:],
                      withJuryDate: Bool = false, on connection: PostgresConnection, logger: Logger) async throws {
        guard let facts = try await RecipientDirectory(logger: logger).facts(of: dossier, nextSittingFrom: today(), on: connection) else {
            // A dossier submitted before this service listened: nobody to write to.
            logger.info("no contact known for the dossier", metadata: ["event.id": "\(cause)", "template": "\(template.rawValue)"])
            return
        }
        var values: [String: Any] = ["reference": facts.reference, "projectTitle": facts.projectTitle, "callTitle": facts.callTitle]
        if withJuryDate, let date = facts.nextSitting {
            values["juryDate"] = date.frenchLong
        }
        values.merge(extra.compactMapValues { $0 }) { _, new in new }
        for contact in facts.contacts {
            values["name"] = contact.name
            try await MessageQueue(logger: logger).enqueue(
                causeEventId: cause, template: template, recipient: contact.email, recipientName: contact.name,
                reference: facts.reference, rendered: renderer.render(template, values), on: connection)
        }
    }
}
