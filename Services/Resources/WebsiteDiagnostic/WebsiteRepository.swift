import Foundation
import Logging
import Model
import PostgresNIO

/// The websites to diagnose.
struct WebsiteRepository: Sendable {
    let logger: Logger

    /// Adds a site, or for a collectivité already known, updates its address and contact.
    func save(_ website: Website, on connection: PostgresConnection) async throws {
        try await connection.query("""
            INSERT INTO websites (id, applicant_id, collectivite, department, population, url, contact_name, contact_email, source, added_at)
            VALUES (\(website.id), \(website.applicantId?.uuid), \(website.collectivite), \(website.department), \(website.population),
                    \(website.url), \(website.contactName), \(website.contactEmail), \(website.source.rawValue), \(website.addedAt))
            ON CONFLICT (applicant_id) DO UPDATE SET collectivite = EXCLUDED.collectivite, department = EXCLUDED.department,
                population = EXCLUDED.population, url = EXCLUDED.url, contact_name = EXCLUDED.contact_name,
                contact_email = EXCLUDED.contact_email
            """, logger: logger)
    }

    /// Every site, by collectivité; or only those a batch has still to diagnose.
    func all(on connection: PostgresConnection, pendingIn batch: UUID? = nil) async throws -> [Website] {
        try await websites(matching: nil, pendingIn: batch, on: connection)
    }

    func find(_ id: UUID, on connection: PostgresConnection) async throws -> Website? {
        try await websites(matching: id, pendingIn: nil, on: connection).first
    }

    private func websites(matching id: UUID?, pendingIn batch: UUID?, on connection: PostgresConnection) async throws -> [Website] {
        let rows = try await connection.query("""
            SELECT id, applicant_id, collectivite, department, population, url, contact_name, contact_email, source, added_at
            FROM websites w
            WHERE (\(id)::uuid IS NULL OR id = \(id))
              AND (\(batch)::uuid IS NULL OR EXISTS (SELECT 1 FROM diagnostic_batch_sites s
                                                   WHERE s.batch_id = \(batch) AND s.website_id = w.id AND NOT s.done))
            ORDER BY collectivite, url
            """, logger: logger)
        var websites: [Website] = []
        for try await (id, applicant, collectivite, department, population, url, contactName, contactEmail, source, addedAt)
            in rows.decode((UUID, UUID?, String, String?, Int?, String, String?, String?, String, Date).self) {
            websites.append(Website(id: id, applicantId: applicant.map(ApplicantID.init), collectivite: collectivite, department: department,
                                    population: population, url: url, contactName: contactName, contactEmail: contactEmail,
                                    source: Website.Source(rawValue: source) ?? .staff, addedAt: addedAt))
        }
        return websites
    }
}
