import Events
import Foundation
import Logging
import Metrics
import Model
import Persistence
import PostgresNIO
import ServiceLifecycle

/// Sends the queued emails: leases the due ones (`FOR UPDATE SKIP LOCKED`, so replicas share
/// the queue), sends them on `MAIL_CONNECTIONS` SMTP connections, and hands each outcome to
/// one recorder that commits it with its `notifications.v1` event (see ``OutcomeJournal``).
/// The leases of the messages held between claim and record are renewed (``HeldMessages``).
struct MailSender: Service {
    let client: PostgresClient
    let smtp: SMTPSettings
    let sender: MailAddress
    let bounceAddress: String
    let policy: DeliveryPolicy
    let startGate: StartGate
    let logger: Logger

    func run() async throws {
        try await startGate.wait()
        // On SIGTERM the senders stop; the outcomes they handed over are still recorded (below).
        let pace = SendingPace(messagesPerSecond: policy.messagesPerSecond)
        let journal = OutcomeJournal()
        let held = HeldMessages()
        let doorbells = (0..<policy.connections).map { _ in Doorbell() }
        await cancelWhenGracefulShutdown {
            // Several connections at once: each waits on its server's answers while the others send.
            await withDiscardingTaskGroup { group in
                group.addTask { await listenForQueuedMail(ringing: doorbells) }
                group.addTask { await recordOutcomes(journal, releasing: held) }
                group.addTask { await renewLeases(of: held) }
                for doorbell in doorbells {
                    group.addTask {
                        while !Task.isCancelled {
                            do {
                                if try await sendDueBatch(pace: pace, journal: journal, held: held) == 0 { await doorbell.wait(timeout: policy.pollInterval) }
                            } catch {
                                // The database is away: the queue waits for it; nothing was marked.
                                logger.warning("the mail queue cannot be read", metadata: ["error": "\(String(reflecting: error))"])
                                try? await Task.sleep(for: .seconds(1))
                            }
                        }
                    }
                }
            }
        }
        // Every sender has stopped: what they sent last is recorded now, in a task of its own
        // so that a cancellation of the shutdown does not drop it.
        let last = await journal.takeAll()
        if !last.isEmpty {
            try? await Task { try await client.transaction(logger: logger) { try await record(last, on: $0) } }.value
        }
    }

    /// Commits the journal's outcomes as they come, until cancelled; a transaction that fails
    /// (the database is away) is tried again a second later.
    private func recordOutcomes(_ journal: OutcomeJournal, releasing held: HeldMessages) async {
        while !Task.isCancelled {
            let entries = await journal.takeAll()
            guard !entries.isEmpty else {
                await journal.ready.wait(timeout: .seconds(1))
                continue
            }
            do {
                try await client.transaction(logger: logger) { try await record(entries, on: $0) }
                await held.release(entries.map(\.message.id))
                try? await Task.sleep(for: policy.outcomeWindow)  // lets the next group gather
            } catch {
                await journal.putBack(entries)
                logger.warning("outcomes not recorded yet", metadata: ["count": "\(entries.count)", "error": "\(String(reflecting: error))"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    /// Renews the leases of the held messages three times per lease, until cancelled. A renewal
    /// the database does not take is tried at the next turn; only a database away for longer
    /// than what is left of a lease lets another replica send a held message again.
    private func renewLeases(of held: HeldMessages) async {
        let queue = MessageQueue(logger: logger)
        while !Task.isCancelled {
            try? await Task.sleep(for: policy.lease / 3)
            do {
                try await queue.renewLeases(await held.all, lease: policy.lease, on: client)
            } catch {
                if Task.isCancelled { return }
                logger.warning("leases not renewed", metadata: ["error": "\(String(reflecting: error))"])
            }
        }
    }

    /// Rings the senders' doorbells on each `NOTIFY` of a queued message, until cancelled; a
    /// lost connection is reopened after a second (polling covers the gap).
    private func listenForQueuedMail(ringing doorbells: [Doorbell]) async {
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    let rows = try await connection.query("SELECT current_schema()", logger: logger)
                    var schema = ""
                    for try await name in rows.decode(String.self) { schema = name }
                    try await connection.listen(on: "mail_\(schema)") { notifications in
                        for try await _ in notifications { doorbells.forEach { $0.ring() } }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("cannot listen for queued mail; polling only", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await Task.sleep(for: .seconds(1))
        }
    }

    /// Leases due messages and sends them on one connection, batch after batch while the queue
    /// has some (up to `messagesPerConnection`, then the connection is renewed), handing each
    /// outcome to the journal as soon as the server answered. Returns how many were tried.
    func sendDueBatch(pace: SendingPace, journal: OutcomeJournal, held: HeldMessages) async throws -> Int {
        let queue = MessageQueue(logger: logger)
        var claimed = try await queue.claimDue(limit: policy.batchSize, lease: policy.lease, on: client)
        guard !claimed.isEmpty else { return 0 }
        await held.hold(claimed.map(\.id))
        var answered = Set<UUID>()
        var tried = claimed.count
        do {
            try await SMTPClient(settings: smtp).withSession { session in
                while !claimed.isEmpty {
                    for message in claimed {
                        await pace.wait()
                        let outcome: Result<SMTPReply, SMTPError>
                        do {
                            outcome = .success(try await session.send(mail(for: message), envelopeFrom: bounceAddress))
                        } catch let error as SMTPError where error.isRefusal {
                            outcome = .failure(error)
                        }
                        answered.insert(message.id)
                        await journal.add((outcome, message))
                    }
                    guard tried < policy.messagesPerConnection, !Task.isCancelled else { break }
                    claimed = try await queue.claimDue(limit: policy.batchSize, lease: policy.lease, on: client)
                    await held.hold(claimed.map(\.id))
                    tried += claimed.count
                }
            }
        } catch {
            // The connection failed: what the server did not answer is retried later.
            let failure = SMTPError(error)
            for message in claimed where !answered.contains(message.id) {
                await journal.add((.failure(failure), message))
            }
        }
        return tried
    }

    private func mail(for message: MessageQueue.Queued) -> MailMessage {
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "ipc.localhost"
        // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the address.
        let headers = message.listUnsubscribe.map { [("List-Unsubscribe", "<\($0)>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")] } ?? []
        return MailMessage(from: sender, to: [MailAddress(message.recipient, name: message.recipientName)], subject: message.subject,
                           text: message.text, html: message.html, attachments: message.attachment.map { [$0] } ?? [], headers: headers,
                           messageId: "<\(message.id.uuidString.lowercased())@\(domain)>", date: Date())
    }

    /// Records a group of outcomes: the accepted messages with one update and their
    /// `EmailDelivered` events with one insert; refusals and failures one by one (they are rare).
    private func record(_ entries: [OutcomeJournal.Entry], on connection: PostgresConnection) async throws {
        let queue = MessageQueue(logger: logger)
        var sent: [(message: MessageQueue.Queued, reply: SMTPReply)] = []
        for entry in entries {
            switch entry.outcome {
            case .success(let reply): sent.append((entry.message, reply))
            case .failure(let error): try await record(error, of: entry.message, on: connection)
            }
        }
        try await queue.markSent(sent.map { ($0.message.id, $0.reply.description) }, on: connection)
        try await Outbox.append(sent.map { message, _ in
            EventEnvelope(source: "notifications", data: EmailDelivered(
                messageId: MessageID(message.id), template: message.template, causeEventId: message.causeEventId,
                subjectReference: message.reference, attempts: message.attempts + 1, deliveredAt: Date()))
        }, on: connection, logger: logger)
    }

    private func record(_ error: SMTPError, of message: MessageQueue.Queued, on connection: PostgresConnection) async throws {
        let queue = MessageQueue(logger: logger)
        let attempts = message.attempts + 1
        Counter(label: "smtp_refusals_total").increment()
        if error.isTemporary && attempts < policy.maxAttempts {
            try await queue.retryLater(message.id, reply: error.description, after: policy.retryDelay(afterAttempt: attempts), on: connection)
            logger.warning("email refused for now, retried later", metadata: [
                "message.id": "\(message.id)", "attempts": "\(attempts)", "smtp.reply": "\(error.logSummary)",
            ])
        } else {
            try await queue.markFailed(message.id, reply: error.description, on: connection)
            Counter(label: "mail_failed_total").increment()
            try await Outbox.append(EventEnvelope(source: "notifications", data: EmailFailed(
                messageId: MessageID(message.id), template: message.template, causeEventId: message.causeEventId,
                subjectReference: message.reference, attempts: attempts, lastReply: error.description,
                permanent: !error.isTemporary, failedAt: Date())), on: connection, logger: logger)
            logger.error("email given up", metadata: ["message.id": "\(message.id)", "attempts": "\(attempts)", "smtp.reply": "\(error.logSummary)"])
        }
    }
}
