import Access
import Events
import Foundation
import Logging
import Persistence
import PostgresNIO

/// The digest's subscribers and the publications waiting for the next digest.
struct SubscriberDirectory: Sendable {
    let logger: Logger

    struct Subscriber: Sendable {
        var email: String
        /// The secret of the subscriber's confirmation and unsubscribe links.
        var token: String
    }

    /// `INSERT … ON CONFLICT DO UPDATE … RETURNING` always returns its row; this says it did not.
    struct NoRowReturned: Error {}

    struct Publication: Sendable {
        var kind: PublicationKind
        var title: String
        var summary: String
        var url: String
        var publishedAt: Date
    }

    /// Records a subscription waiting for its confirmation; an address already subscribed,
    /// or unsubscribed, waits again with its link unchanged.
    /// - Returns: the subscriber, and whether a confirmation must be sent (not when already confirmed).
    func subscribe(email: String, on connection: PostgresConnection) async throws -> (Subscriber, needsConfirmation: Bool) {
        let rows = try await connection.query("""
            INSERT INTO subscribers (id, email, token) VALUES (\(UUID()), \(email), \(SecretToken.generate()))
            ON CONFLICT ((lower(email))) DO UPDATE SET unsubscribed_at = NULL,
                confirmed_at = CASE WHEN subscribers.unsubscribed_at IS NULL THEN subscribers.confirmed_at END
            RETURNING email, token, confirmed_at IS NOT NULL
            """, logger: logger)
        for try await (email, token, confirmed) in rows.decode((String, String, Bool).self) {
            return (Subscriber(email: email, token: token), !confirmed)
        }
        throw NoRowReturned()
    }

    /// Whether a confirmation went to the address in the last ten minutes: asking again sooner
    /// sends nothing, so the form cannot be used to flood a mailbox.
    func confirmationRecentlySent(to email: String, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query("""
            SELECT count(*)::int FROM messages
            WHERE template = 'subscriptionConfirmation' AND lower(recipient) = lower(\(email)) AND created_at > now() - interval '10 minutes'
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count > 0 }
        return false
    }

    /// How many confirmation links went out in the last hour, to all addresses.
    func confirmationsInLastHour(on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("""
            SELECT count(*)::int FROM messages WHERE template = 'subscriptionConfirmation' AND created_at > now() - interval '1 hour'
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// Confirms the subscription the link names; `nil` when the link names none.
    func confirm(token: String, on client: PostgresClient) async throws -> String? {
        let rows = try await client.query("""
            UPDATE subscribers SET confirmed_at = coalesce(confirmed_at, now()), unsubscribed_at = NULL WHERE token = \(token) RETURNING email
            """, logger: logger)
        for try await email in rows.decode(String.self) { return email }
        return nil
    }

    /// Ends the subscription the link names; `nil` when the link names none.
    func unsubscribe(token: String, on client: PostgresClient) async throws -> String? {
        let rows = try await client.query("""
            UPDATE subscribers SET unsubscribed_at = coalesce(unsubscribed_at, now()) WHERE token = \(token) RETURNING email
            """, logger: logger)
        for try await email in rows.decode(String.self) { return email }
        return nil
    }

    func email(ofToken token: String, on client: PostgresClient) async throws -> String? {
        let rows = try await client.query("SELECT email FROM subscribers WHERE token = \(token)", logger: logger)
        for try await email in rows.decode(String.self) { return email }
        return nil
    }

    func savePublication(_ publication: PublicationPublished, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO publications (publication_id, kind, title, summary, url, published_at)
            VALUES (\(publication.publicationId.uuid), \(publication.kind.rawValue), \(publication.title), \(publication.summary),
                    \(publication.url), \(publication.publishedAt))
            ON CONFLICT (publication_id) DO NOTHING
            """, logger: logger)
    }

    /// Gives the publications no digest has carried yet to the digest `digest`; returns them.
    func claimUndigested(for digest: UUID, on connection: PostgresConnection) async throws -> [Publication] {
        let rows = try await connection.query("""
            UPDATE publications SET digest_id = \(digest) WHERE digest_id IS NULL
            RETURNING kind, title, summary, url, published_at
            """, logger: logger)
        var publications: [Publication] = []
        for try await (kind, title, summary, url, publishedAt) in rows.decode((String, String, String, String, Date).self) {
            let kind = try storedValue(PublicationKind.self, kind, column: "publications.kind")
            publications.append(Publication(kind: kind, title: title, summary: summary, url: url, publishedAt: publishedAt))
        }
        return publications.sorted { $0.publishedAt < $1.publishedAt }
    }

    /// Confirmed subscribers who did not unsubscribe.
    func activeSubscribers(on connection: PostgresConnection) async throws -> [Subscriber] {
        let rows = try await connection.query("""
            SELECT email, token FROM subscribers WHERE confirmed_at IS NOT NULL AND unsubscribed_at IS NULL ORDER BY email
            """, logger: logger)
        var subscribers: [Subscriber] = []
        for try await (email, token) in rows.decode((String, String).self) { subscribers.append(Subscriber(email: email, token: token)) }
        return subscribers
    }
}
