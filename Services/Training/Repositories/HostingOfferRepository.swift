import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Hosting offers in the training schema.
struct HostingOfferRepository: Sendable {
    let logger: Logger

    func insert(_ offer: HostingOffer, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO hosting_offers (id, collectivite, collectivite_code, department, contact_name, contact_email, contact_phone, kind,
                                        audience, theme, proposed_dates, town, address, room, capacity, internet_connection,
                                        step_free_access, message, status, received_at)
            VALUES (\(offer.id.uuid), \(offer.collectivite), \(offer.collectiviteCode), \(offer.department), \(offer.contactName),
                    \(offer.contactEmail), \(offer.contactPhone), \(offer.kind.rawValue), \(offer.audience.rawValue), \(offer.theme.code),
                    \(offer.proposedDates), \(offer.town), \(offer.address), \(offer.room), \(offer.capacity), \(offer.internetConnection),
                    \(offer.stepFreeAccess), \(offer.message), \(offer.status.rawValue), \(offer.receivedAt))
            """, logger: logger)
    }

    func find(_ id: HostingOfferID, forUpdate: Bool = false, on connection: PostgresConnection) async throws -> HostingOffer? {
        if forUpdate {
            try await connection.query("SELECT 1 FROM hosting_offers WHERE id = \(id.uuid) FOR UPDATE", logger: logger)
        }
        return try await Self.offers(try await connection.query("""
            SELECT * FROM hosting_offer_summaries WHERE id = \(id.uuid)
            """, logger: logger)).first
    }

    /// The offers waiting for an answer first, then the answered ones; the latest first in each.
    func list(on connection: PostgresConnection) async throws -> [HostingOffer] {
        try await Self.offers(try await connection.query("""
            SELECT * FROM hosting_offer_summaries ORDER BY status = 'received' DESC, received_at DESC
            """, logger: logger))
    }

    func answer(_ id: HostingOfferID, status: HostingOfferStatus, answer: String?, session: TrainingSessionID?, at instant: Date,
                on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE hosting_offers SET status = \(status.rawValue), answer = \(answer), session_id = \(session?.uuid), answered_at = \(instant)
            WHERE id = \(id.uuid)
            """, logger: logger)
    }

    /// The offers in the 24 columns of `hosting_offer_summaries`.
    private static func offers(_ rows: PostgresRowSequence) async throws -> [HostingOffer] {
        var offers: [HostingOffer] = []
        for try await row in rows {
            let row = row.makeRandomAccess()
            offers.append(HostingOffer(
                id: HostingOfferID(try row[0].decode(UUID.self)), collectivite: try row[1].decode(String.self),
                collectiviteCode: try row[2].decode(String?.self), department: try row[3].decode(String.self),
                contactName: try row[4].decode(String.self), contactEmail: try row[5].decode(String.self),
                contactPhone: try row[6].decode(String?.self),
                kind: try storedValue(TrainingFormat.self, try row[7].decode(String.self), column: "hosting_offers.kind"),
                audience: try storedValue(Audience.self, try row[8].decode(String.self), column: "hosting_offers.audience"),
                theme: Theme(code: try row[9].decode(String.self), label: try row[10].decode(String.self)),
                proposedDates: try row[11].decode(String.self), town: try row[12].decode(String.self), address: try row[13].decode(String.self),
                room: try row[14].decode(String.self), capacity: try row[15].decode(Int.self), internetConnection: try row[16].decode(Bool.self),
                stepFreeAccess: try row[17].decode(Bool.self), message: try row[18].decode(String?.self),
                status: try storedValue(HostingOfferStatus.self, try row[19].decode(String.self), column: "hosting_offers.status"),
                answer: try row[20].decode(String?.self), sessionId: try row[21].decode(UUID?.self).map(TrainingSessionID.init),
                receivedAt: try row[22].decode(Date.self), answeredAt: try row[23].decode(Date?.self)))
        }
        return offers
    }
}
