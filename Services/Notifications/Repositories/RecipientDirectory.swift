import Events
import Foundation
import Kafka
import Logging
import Model
import NIOCore
import Persistence
import PostgresNIO

/// What the notifications service learnt from events: dossiers' contacts and calls, calls'
/// titles, jury sittings' dates. Never read from another schema.
struct RecipientDirectory: Sendable {
    let logger: Logger

    struct Contact: Sendable {
        var name: String
        var email: String
    }

    struct DossierFacts: Sendable {
        var reference: String
        var projectTitle: String
        var callId: UUID
        var callTitle: String
        var nextSitting: LocalDate?
        var contacts: [Contact]
    }

    func saveCall(_ id: CallID, title: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO calls (call_id, title) VALUES (\(id.uuid), \(title)) ON CONFLICT (call_id) DO UPDATE SET title = EXCLUDED.title
            """, logger: logger)
    }

    func saveDossier(_ id: ApplicationID, reference: String, callId: CallID, projectTitle: String, contacts: [(name: String, email: String)],
                     on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO dossiers (application_id, reference, call_id, project_title)
            VALUES (\(id.uuid), \(reference), \(callId.uuid), \(projectTitle))
            ON CONFLICT (application_id) DO UPDATE SET project_title = EXCLUDED.project_title
            """, logger: logger)
        for contact in contacts {
            try await connection.query("""
                INSERT INTO dossier_contacts (application_id, reference, name, email)
                SELECT \(id.uuid), \(reference), \(contact.name), \(contact.email)
                WHERE NOT EXISTS (SELECT 1 FROM erased_addresses WHERE digest = sha256(convert_to(lower(\(contact.email)), 'UTF8'))
                                                                    AND erased_at > now() - interval '7 days')
                ON CONFLICT (application_id, email) DO UPDATE SET name = EXCLUDED.name
                """, logger: logger)
        }
    }

    func saveSitting(_ id: JurySessionID, date: LocalDate, callIds: [CallID], on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO sittings (sitting_id, sitting_date, call_ids) VALUES (\(id.uuid), \(date.description)::date, \(callIds.map(\.uuid)))
            ON CONFLICT (sitting_id) DO UPDATE SET sitting_date = EXCLUDED.sitting_date, call_ids = EXCLUDED.call_ids
            """, logger: logger)
    }

    /// The dossier, its contacts, and the next sitting examining its call on or after `day`, in one round trip.
    func facts(of dossier: ApplicationID, nextSittingFrom day: LocalDate, on connection: PostgresConnection) async throws -> DossierFacts? {
        let rows = try await connection.query("""
            SELECT d.reference, d.project_title, d.call_id, coalesce(c.title, ''),
                   (SELECT min(s.sitting_date)::text FROM sittings s WHERE d.call_id = ANY(s.call_ids) AND s.sitting_date >= \(day.description)::date),
                   array(SELECT dc.name FROM dossier_contacts dc WHERE dc.application_id = d.application_id ORDER BY dc.email),
                   array(SELECT dc.email FROM dossier_contacts dc WHERE dc.application_id = d.application_id ORDER BY dc.email)
            FROM dossiers d LEFT JOIN calls c USING (call_id)
            WHERE d.application_id = \(dossier.uuid)
            """, logger: logger)
        for try await (reference, title, call, callTitle, sitting, names, emails) in rows.decode(
            (String, String, UUID, String, String?, [String], [String]).self) {
            return DossierFacts(reference: reference, projectTitle: title, callId: call, callTitle: callTitle,
                                nextSitting: sitting.flatMap { LocalDate(iso8601: $0) },
                                contacts: zip(names, emails).map { Contact(name: $0, email: $1) })
        }
        return nil
    }

    func markComplete(_ dossier: ApplicationID, at instant: Date, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE dossiers SET completed_at = \(instant) WHERE application_id = \(dossier.uuid)
            """, logger: logger)
    }

    /// The dossier is decided, withdrawn or closed: no sitting will examine it any more.
    func settle(_ dossier: ApplicationID, outcome: String, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE dossiers SET outcome = \(outcome), agenda_sitting_id = NULL WHERE application_id = \(dossier.uuid)
            """, logger: logger)
    }

    /// The jury deferred the dossier: the next sitting will examine it.
    func takeOffAgenda(_ dossier: ApplicationID, on connection: PostgresConnection) async throws {
        try await connection.query("UPDATE dossiers SET agenda_sitting_id = NULL WHERE application_id = \(dossier.uuid)", logger: logger)
    }

    /// Puts on the sitting's agenda the dossiers of its calls complete before its cut-off, not
    /// decided and not on another sitting's agenda, as the jury does; returns them.
    func putOnAgenda(_ sitting: JurySessionID, callIds: [CallID], cutOff: Date, on connection: PostgresConnection) async throws -> [ApplicationID] {
        let rows = try await connection.query("""
            UPDATE dossiers SET agenda_sitting_id = \(sitting.uuid)
            WHERE call_id = ANY(\(callIds.map(\.uuid))) AND completed_at <= \(cutOff) AND outcome IS NULL AND agenda_sitting_id IS NULL
            RETURNING application_id
            """, logger: logger)
        var dossiers: [ApplicationID] = []
        for try await id in rows.decode(UUID.self) { dossiers.append(ApplicationID(id)) }
        return dossiers
    }

    func isKnown(_ dossier: ApplicationID, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query("SELECT 1 FROM dossiers WHERE application_id = \(dossier.uuid)", logger: logger)
        for try await _ in rows { return true }
        return false
    }

    /// Keeps an event about a dossier not known yet, as it came.
    func park(_ event: ReceivedEvent, for dossier: ApplicationID, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO waiting_events (event_id, application_id, topic, payload)
            VALUES (\(event.header.id), \(dossier.uuid), \(event.message.topic), \(ByteBuffer(bytes: event.message.value)))
            ON CONFLICT (event_id) DO NOTHING
            """, logger: logger)
    }

    /// Drops the events that waited longer than `age`: their dossiers were submitted before this
    /// service existed, or their submission was lost. Returns how many.
    func dropParked(olderThan age: Duration, on client: PostgresClient) async throws -> Int {
        let rows = try await client.query("""
            WITH dropped AS (DELETE FROM waiting_events WHERE received_at < now() - make_interval(secs => \(Double(age.components.seconds)))
                             RETURNING 1)
            SELECT count(*)::int FROM dropped
            """, logger: logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// The events that waited for this dossier, in the order they came; they wait no more.
    func takeParked(for dossier: ApplicationID, on connection: PostgresConnection) async throws -> [ReceivedEvent] {
        let rows = try await connection.query("""
            DELETE FROM waiting_events WHERE application_id = \(dossier.uuid) RETURNING position, topic, payload
            """, logger: logger)
        var parked: [(Int64, ReceivedEvent)] = []
        for try await (position, topic, payload) in rows.decode((Int64, String, ByteBuffer).self) {
            let bytes = Array(buffer: payload)
            parked.append((position, ReceivedEvent(header: try EventHeader.decode(from: bytes),
                                                   message: KafkaMessage(topic: topic, partition: -1, offset: -1, key: [], value: bytes, headers: []))))
        }
        return parked.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
