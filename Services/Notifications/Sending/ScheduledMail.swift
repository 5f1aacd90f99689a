import Foundation
import Logging
import Model
import Persistence
import PostgresNIO
import ServiceLifecycle

/// Queues the emails that time causes, not an event: each trainee's reminder two days before
/// the session (with its iCalendar invitation), and the periodic digest of new publications.
/// Each batch is claimed and queued in one transaction, so replicas never queue it twice.
/// It also drops the decisions that waited too long for a dossier never seen.
struct ScheduledMail: Service {
    let client: PostgresClient
    let renderer: MailRenderer
    let policy: ScheduledMailPolicy
    /// Where the links of the emails point (`PUBLIC_URL`).
    let publicURL: String
    let clock: @Sendable () -> Date
    let startGate: StartGate
    let logger: Logger

    func run() async throws {
        try await startGate.wait()
        await cancelWhenGracefulShutdown {
            var nextDigest = ContinuousClock.now + policy.digestInterval
            while !Task.isCancelled {
                do {
                    try await dropStaleWaitingEvents()
                    try await queueDueReminders()
                    if ContinuousClock.now >= nextDigest {
                        try await queueDigest()
                        nextDigest = ContinuousClock.now + policy.digestInterval
                    }
                } catch {
                    // The database is away: nothing was claimed; the next round tries again.
                    logger.warning("scheduled mail could not be queued", metadata: ["error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: policy.checkInterval)
            }
        }
    }

    /// Drops the events that waited longer than the retention for a dossier never seen.
    func dropStaleWaitingEvents() async throws {
        let dropped = try await RecipientDirectory(logger: logger).dropParked(olderThan: policy.waitingEventsRetention, on: client)
        if dropped > 0 {
            logger.warning("events about dossiers never seen dropped after waiting", metadata: [
                "events": "\(dropped)", "retention.days": "\(policy.waitingEventsRetention.components.seconds / 86_400)",
            ])
        }
    }

    /// Reminders of the sessions that start within the lead time; returns how many were queued.
    @discardableResult
    func queueDueReminders() async throws -> Int {
        let now = clock()
        return try await client.transaction(logger: logger) { connection in
            let due = try await TraineeDirectory(logger: logger).claimDueReminders(now: now, lead: policy.reminderLead, on: connection)
            for registration in due {
                let invitation = TrainingInvitation(
                    uid: "\(registration.registrationId.uuidString.lowercased())@internet-public-citoyen", title: registration.sessionTitle,
                    startsAt: registration.startsAt, endsAt: registration.endsAt, venue: registration.venue,
                    description: "Formation du programme « Internet Public et Citoyen ».", stamp: now)
                // The registration causes its one reminder: the queue's key keeps it single.
                try await MessageQueue(logger: logger).enqueue(
                    causeEventId: registration.registrationId, template: .trainingReminder, recipient: registration.email,
                    recipientName: registration.name, reference: nil,
                    rendered: renderer.render(.trainingReminder, MailPlanner.trainingValues(
                        name: registration.name, title: registration.sessionTitle, startsAt: registration.startsAt, venue: registration.venue)),
                    attachment: invitation.attachment, on: connection)
            }
            return due.count
        }
    }

    /// One digest of the publications no digest carried yet, to each active subscriber;
    /// returns how many emails were queued.
    @discardableResult
    func queueDigest() async throws -> Int {
        try await client.transaction(logger: logger) { connection in
            let directory = SubscriberDirectory(logger: logger)
            let digest = UUID()
            let publications = try await directory.claimUndigested(for: digest, on: connection)
            guard !publications.isEmpty else { return 0 }
            let subscribers = try await directory.activeSubscribers(on: connection)
            let listed = publications.map { publication -> [String: Any] in
                ["title": publication.title, "kindLabel": publication.kind.frenchLabel, "publishedOn": ParisTime.frenchDate(publication.publishedAt),
                 "summary": publication.summary, "url": publication.url]
            }
            for subscriber in subscribers {
                let unsubscribe = "\(publicURL)/desabonnement/\(subscriber.token)"
                try await MessageQueue(logger: logger).enqueue(
                    causeEventId: digest, template: .publicationDigest, recipient: subscriber.email, recipientName: nil, reference: nil,
                    rendered: renderer.render(.publicationDigest, ["publications": listed, "count": publications.count, "unsubscribeUrl": unsubscribe]),
                    listUnsubscribe: unsubscribe, on: connection)
            }
            logger.info("digest queued", metadata: ["digest.id": "\(digest)", "publications": "\(publications.count)", "subscribers": "\(subscribers.count)"])
            return subscribers.count
        }
    }
}
