import Foundation
import Logging
import NIOCore
import PostgresNIO

/// The persistent queue of emails: enqueued in the inbox transaction of the event that causes
/// them, once per (event, recipient, template); leased, sent and marked by ``MailSender``.
struct MessageQueue: Sendable {
    let logger: Logger

    /// A message waiting to be sent, as the sender claims it.
    struct Queued: Sendable {
        var id: UUID
        var causeEventId: UUID
        var template: String
        var recipient: String
        var recipientName: String?
        var reference: String?
        var subject: String
        var text: String
        var html: String
        var attempts: Int
        var attachment: MailAttachment?
        /// The one-click unsubscribe address of a digest.
        var listUnsubscribe: String?
    }

    /// Queues one email; a second one for the same event, recipient and template is ignored,
    /// and so is one to an address erased in the last week (see `erased_addresses`).
    /// - Returns: whether it was queued now.
    @discardableResult
    func enqueue(causeEventId: UUID, template: MailTemplate, recipient: String, recipientName: String?, reference: String?,
                 rendered: MailRenderer.Rendered, attachment: MailAttachment? = nil, listUnsubscribe: String? = nil,
                 on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query("""
            INSERT INTO messages (id, cause_event_id, template, recipient, recipient_name, reference, subject, text_body, html_body,
                                  attachment_name, attachment_type, attachment_data, list_unsubscribe)
            SELECT \(UUID()), \(causeEventId), \(template.rawValue), \(recipient), \(recipientName), \(reference), \(rendered.subject),
                   \(rendered.text), \(rendered.html), \(attachment?.fileName), \(attachment?.contentType),
                   \(attachment.map { ByteBuffer(bytes: $0.content) }), \(listUnsubscribe)
            WHERE NOT EXISTS (SELECT 1 FROM erased_addresses WHERE digest = sha256(convert_to(lower(\(recipient)), 'UTF8'))
                                                                AND erased_at > now() - interval '7 days')
            ON CONFLICT ON CONSTRAINT messages_once DO NOTHING
            RETURNING id
            """, logger: logger)
        for try await _ in rows { return true }
        return false
    }

    /// Leases up to `limit` due messages to the caller for `lease`; other senders skip them
    /// until each outcome is recorded or the lease runs out (the sender died).
    func claimDue(limit: Int, lease: Duration, on client: PostgresClient) async throws -> [Queued] {
        try await client.transaction(logger: logger) { connection in
            // Just after a burst is queued the planner's statistics still see a short queue and
            // it would read and sort every queued row; the index gives them in order, `limit` at a time.
            try await connection.query("SET LOCAL enable_bitmapscan = off", logger: logger)
            return try await claimDue(limit: limit, lease: lease, on: connection)
        }
    }

    private func claimDue(limit: Int, lease: Duration, on connection: PostgresConnection) async throws -> [Queued] {
        let rows = try await connection.query("""
            UPDATE messages SET lease_until = now() + make_interval(secs => \(Double(lease.components.seconds)))
            WHERE id IN (SELECT id FROM messages
                         WHERE status = 'queued' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
                         ORDER BY next_attempt_at LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            RETURNING id, cause_event_id, template, recipient, recipient_name, reference, subject, text_body, html_body, attempts,
                      attachment_name, attachment_type, attachment_data, list_unsubscribe
            """, logger: logger)
        var claimed: [Queued] = []
        for try await row in rows {
            let (id, cause, template, recipient, name, reference, subject, text, html, attempts, fileName, contentType, data, unsubscribe) =
                try row.decode((UUID, UUID, String, String, String?, String?, String, String, String, Int, String?, String?, ByteBuffer?, String?).self)
            var attachment: MailAttachment?
            if let fileName, let contentType, let data {
                attachment = MailAttachment(fileName: fileName, contentType: contentType, content: Array(buffer: data))
            }
            claimed.append(Queued(id: id, causeEventId: cause, template: template, recipient: recipient, recipientName: name,
                                  reference: reference, subject: subject, text: text, html: html, attempts: attempts,
                                  attachment: attachment, listUnsubscribe: unsubscribe))
        }
        return claimed
    }

    /// Extends the leases of messages still held by their sender (sending, or sent and not yet
    /// recorded). A message already recorded is left alone.
    func renewLeases(_ ids: [UUID], lease: Duration, on client: PostgresClient) async throws {
        guard !ids.isEmpty else { return }
        try await client.query("""
            UPDATE messages SET lease_until = now() + make_interval(secs => \(Double(lease.components.seconds)))
            WHERE id = ANY(\(ids)::uuid[]) AND status = 'queued'
            """, logger: logger)
    }

    /// Marks messages sent, each with the server's reply, in one statement.
    func markSent(_ sent: [(id: UUID, reply: String)], on connection: PostgresConnection) async throws {
        guard !sent.isEmpty else { return }
        try await connection.query("""
            UPDATE messages m SET status = 'sent', attempts = m.attempts + 1, last_reply = r.reply, finished_at = now(), lease_until = NULL
            FROM unnest(\(sent.map(\.id))::uuid[], \(sent.map(\.reply))::text[]) AS r(id, reply)
            WHERE m.id = r.id
            """, logger: logger)
    }

    func markFailed(_ id: UUID, reply: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE messages SET status = 'failed', attempts = attempts + 1, last_reply = \(reply), finished_at = now(), lease_until = NULL
            WHERE id = \(id)
            """, logger: logger)
    }

    func retryLater(_ id: UUID, reply: String, after delay: Duration, on connection: PostgresConnection) async throws {
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        try await connection.query("""
            UPDATE messages SET attempts = attempts + 1, last_reply = \(reply), lease_until = NULL,
                   next_attempt_at = now() + make_interval(secs => \(seconds))
            WHERE id = \(id)
            """, logger: logger)
    }
}
