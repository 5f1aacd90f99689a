import Foundation
import Logging
import Persistence
import PostgresNIO
import StaffAccess

/// The delivery log: every message with its status, attempts and the SMTP server's last
/// reply, searched by staff; a resend queues a copy that points at its original.
struct DeliveryLog: Sendable {
    let logger: Logger
    /// The most a search returns, newest first.
    static let pageSize = 100

    func search(_ search: DeliverySearch, on client: PostgresClient) async throws -> [LoggedMessage] {
        let rows: PostgresRowSequence
        switch search {
        case .latest:
            rows = try await client.query("""
                SELECT id, template, recipient, recipient_name, reference, subject, status, attempts, last_reply, created_at, finished_at, resend_of
                FROM messages ORDER BY created_at DESC, id LIMIT \(Self.pageSize)
                """, logger: logger)
        case .reference(let reference):
            rows = try await client.query("""
                SELECT id, template, recipient, recipient_name, reference, subject, status, attempts, last_reply, created_at, finished_at, resend_of
                FROM messages WHERE reference = \(reference) ORDER BY created_at DESC, id LIMIT \(Self.pageSize)
                """, logger: logger)
        case .address(let address):
            rows = try await client.query("""
                SELECT id, template, recipient, recipient_name, reference, subject, status, attempts, last_reply, created_at, finished_at, resend_of
                FROM messages WHERE lower(recipient) = lower(\(address)) ORDER BY created_at DESC, id LIMIT \(Self.pageSize)
                """, logger: logger)
        case .failed:
            rows = try await client.query("""
                SELECT id, template, recipient, recipient_name, reference, subject, status, attempts, last_reply, created_at, finished_at, resend_of
                FROM messages WHERE status = 'failed' ORDER BY finished_at DESC, id LIMIT \(Self.pageSize)
                """, logger: logger)
        }
        return try await Self.messages(rows)
    }

    func message(_ id: UUID, on connection: PostgresConnection) async throws -> LoggedMessage? {
        let rows = try await connection.query("""
            SELECT id, template, recipient, recipient_name, reference, subject, status, attempts, last_reply, created_at, finished_at, resend_of
            FROM messages WHERE id = \(id)
            """, logger: logger)
        return try await Self.messages(rows).first
    }

    /// Queues the message again on staff's request, in a transaction of its own, and logs who asked.
    func resend(_ id: UUID, by staff: Account<StaffRole>, on client: PostgresClient) async throws -> LoggedMessage {
        let copy = try await client.transaction(logger: logger) { connection in
            let copy = try await resend(id, on: connection)
            try await AuditTrail(logger: logger).append("message.resent", subject: id.uuidString.lowercased(),
                                                        details: ["copy": copy.id.uuidString.lowercased()], by: staff, at: Date(), on: connection)
            return copy
        }
        logger.info("message resent by staff", metadata: ["message.id": "\(id)", "resend.id": "\(copy.id)", "staff.id": "\(staff.id)"])
        return copy
    }

    private func isErased(_ id: UUID, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query("SELECT erased_at IS NOT NULL FROM messages WHERE id = \(id)", logger: logger)
        for try await erased in rows.decode(Bool.self) { return erased }
        return false
    }

    /// Queues the message again, as a new entry of the log. A message still in the queue
    /// is not doubled: it is already on its way.
    func resend(_ id: UUID, on connection: PostgresConnection) async throws -> LoggedMessage {
        guard let original = try await message(id, on: connection) else {
            throw NotificationsError.messageNotFound
        }
        guard original.status != .queued else { throw NotificationsError.stillQueued }
        guard try await !isErased(id, on: connection) else { throw NotificationsError.erased }
        let copy = UUID()
        // The copy is caused by the resend itself, so the (event, recipient, template) key stays unique.
        try await connection.query("""
            INSERT INTO messages (id, cause_event_id, template, recipient, recipient_name, reference, subject, text_body, html_body,
                                  attachment_name, attachment_type, attachment_data, list_unsubscribe, resend_of)
            SELECT \(copy), \(UUID()), template, recipient, recipient_name, reference, subject, text_body, html_body,
                   attachment_name, attachment_type, attachment_data, list_unsubscribe, id
            FROM messages WHERE id = \(id)
            """, logger: logger)
        guard let queued = try await message(copy, on: connection) else { throw NotificationsError.messageNotFound }
        return queued
    }

    private static func messages(_ rows: PostgresRowSequence) async throws -> [LoggedMessage] {
        var messages: [LoggedMessage] = []
        for try await row in rows {
            let (id, template, recipient, name, reference, subject, status, attempts, reply, created, finished, resendOf) = try row.decode(
                (UUID, String, String, String?, String?, String, String, Int, String?, Date, Date?, UUID?).self)
            messages.append(LoggedMessage(id: id, template: template, recipient: recipient, recipientName: name, reference: reference,
                                          subject: subject, status: try storedValue(DeliveryStatus.self, status, column: "messages.status"), attempts: attempts,
                                          lastReply: reply, createdAt: created, finishedAt: finished, resendOf: resendOf))
        }
        return messages
    }
}
