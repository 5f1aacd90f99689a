import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Decides, from each event, who gets which email, and queues it in the inbox transaction:
/// the event's id, the recipient and the template make the message unique, so a redelivered
/// event queues nothing more. Learns addresses, calls and jury dates on the way.
struct MailPlanner: Sendable {
    let renderer: MailRenderer
    /// Today, in Paris; tests move it.
    var today: @Sendable () -> LocalDate = { ParisTime.localDate(of: Date()) }

    var subscriptions: [EventSubscription] {
        let decided = ["dossiers", "waiting_events", "messages"]
        return [
            .on(CallPublished.self, writes: ["calls"]) { event, connection, logger in
                try await RecipientDirectory(logger: logger).saveCall(event.data.callId, title: event.data.title, on: connection)
            },
            .on(JurySittingScheduled.self, writes: ["sittings", "dossiers", "messages"], sittingScheduled),
            .on(ApplicationSubmitted.self, writes: ["dossiers", "dossier_contacts", "waiting_events", "messages"], submitted),
            .on(ApplicationDeclaredIncomplete.self, writes: ["messages"]) { event, connection, logger in
                try await plan(.dossierIncomplete, for: event.data.applicationId, cause: event.id, values: ["staffMessage": event.data.message],
                               on: connection, logger: logger)
            },
            .on(ApplicationDeclaredComplete.self, writes: ["dossiers", "messages"]) { event, connection, logger in
                try await RecipientDirectory(logger: logger).markComplete(event.data.applicationId, at: event.data.completedAt, on: connection)
                try await plan(.dossierComplete, for: event.data.applicationId, cause: event.id, withJuryDate: true, on: connection, logger: logger)
            },
            .on(ApplicationSelected.self, writes: decided) { event, connection, logger in
                let data = event.data
                guard try await isKnown(data.applicationId, else: event.received, on: connection, logger: logger) else { return }
                try await RecipientDirectory(logger: logger).settle(data.applicationId, outcome: "selected", on: connection)
                try await plan(.selected, for: data.applicationId, cause: event.id, values: [
                    "amount": data.grantedAmount?.formattedFrench, "days": data.consultingDays.map(String.init), "motivation": data.motivation,
                ], on: connection, logger: logger)
            },
            .on(ApplicationRejected.self, writes: decided) { event, connection, logger in
                let data = event.data
                guard try await isKnown(data.applicationId, else: event.received, on: connection, logger: logger) else { return }
                try await RecipientDirectory(logger: logger).settle(data.applicationId, outcome: "rejected", on: connection)
                try await plan(.rejected, for: data.applicationId, cause: event.id, values: ["motivation": data.motivation],
                               on: connection, logger: logger)
            },
            .on(ApplicationDeferred.self, writes: decided) { event, connection, logger in
                let data = event.data
                guard try await isKnown(data.applicationId, else: event.received, on: connection, logger: logger) else { return }
                try await RecipientDirectory(logger: logger).takeOffAgenda(data.applicationId, on: connection)
                try await plan(.deferred, for: data.applicationId, cause: event.id, values: [
                    "juryDate": data.nextSittingDate?.frenchLong, "motivation": data.motivation,
                ], on: connection, logger: logger)
            },
            .on(ApplicationWithdrawn.self, writes: ["dossiers"]) { event, connection, logger in
                try await RecipientDirectory(logger: logger).settle(event.data.applicationId, outcome: "withdrawn", on: connection)
            },
            .on(ApplicationClosed.self, writes: ["dossiers"]) { event, connection, logger in
                try await RecipientDirectory(logger: logger).settle(event.data.applicationId, outcome: "closed", on: connection)
            },
        ] + trainingAndResourcesSubscriptions
    }

    /// Dossiers on the sitting's agenda hear of its date.
    @Sendable func sittingScheduled(_ event: SubscribedEvent<JurySittingScheduled>, on connection: PostgresConnection, logger: Logger) async throws {
        let directory = RecipientDirectory(logger: logger)
        let sitting = event.data
        try await directory.saveSitting(sitting.sittingId, date: sitting.sittingDate, callIds: sitting.callIds, on: connection)
        for dossier in try await directory.putOnAgenda(sitting.sittingId, callIds: sitting.callIds, cutOff: sitting.cutOff, on: connection) {
            try await plan(.juryDate, for: dossier, cause: event.id, values: ["juryDate": sitting.sittingDate.frenchLong],
                           on: connection, logger: logger)
        }
    }

    /// The dossier's contacts are learnt and acknowledged; decisions that waited for it are applied.
    @Sendable func submitted(_ event: SubscribedEvent<ApplicationSubmitted>, on connection: PostgresConnection, logger: Logger) async throws {
        let directory = RecipientDirectory(logger: logger)
        let dossier = event.data
        try await directory.saveDossier(dossier.applicationId, reference: dossier.reference, callId: dossier.callId,
                                        projectTitle: dossier.projectTitle, contacts: dossier.contacts.map { ($0.name, $0.email) },
                                        on: connection)
        try await plan(.dossierReceived, for: dossier.applicationId, cause: event.id, withJuryDate: true, on: connection, logger: logger)
        let parked = try await directory.takeParked(for: dossier.applicationId, on: connection)
        try await EventSubscriptions(subscriptions).handle(parked, on: connection, logger: logger)
    }

    /// `jury.v1` is read apart from `applications.v1`: after a backlog a decision may come
    /// before its dossier's submission. It then waits, whole, and is applied on its arrival.
    private func isKnown(_ dossier: ApplicationID, else event: ReceivedEvent, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let directory = RecipientDirectory(logger: logger)
        guard try await !directory.isKnown(dossier, on: connection) else { return true }
        try await directory.park(event, for: dossier, on: connection)
        logger.info("the dossier is not known yet: the decision waits for it", metadata: ["event.id": "\(event.header.id)"])
        return false
    }

    /// Queues `template` for each contact of the dossier.
    func plan(_ template: MailTemplate, for dossier: ApplicationID, cause: UUID, values extra: [String: String?] = [:],
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
