import Events
import Foundation
import Logging
import Model
import PostgresNIO

/// Collectivités and support bodies.
struct ApplicantRepository: Sendable {
    let logger: Logger

    /// Why an applicant could not be stored.
    enum SaveError: Error {
        case duplicateIdentifier
    }

    func insert(_ applicant: Applicant, on connection: PostgresConnection) async throws {
        let contacts = String(decoding: try JSONEncoder().encode(applicant.contacts), as: UTF8.self)
        do {
            try await connection.query("""
                INSERT INTO applicants (id, name, kind, insee_code, siren, department, population, inside_urban_agglomeration,
                                        website, contacts)
                VALUES (\(applicant.id.uuid), \(applicant.name), \(applicant.kind.rawValue), \(applicant.inseeCode?.value),
                        \(applicant.siren?.description), \(applicant.department), \(applicant.population),
                        \(applicant.insideUrbanAgglomeration), \(applicant.website), \(contacts)::jsonb)
                """, logger: logger)
        } catch where error.violatedConstraint == "applicants_insee_code" || error.violatedConstraint == "applicants_siren" {
            throw SaveError.duplicateIdentifier
        }
    }

    func find(_ id: ApplicantID, on connection: PostgresConnection) async throws -> Applicant? {
        let rows = try await connection.query("""
            SELECT id, name, kind, insee_code, siren, department, population, inside_urban_agglomeration, website, contacts::text
            FROM applicants WHERE id = \(id.uuid)
            """, logger: logger)
        for try await row in rows { return try Self.decode(row) }
        return nil
    }

    /// The applicants among `ids`, by id.
    func find(_ ids: [ApplicantID], on connection: PostgresConnection) async throws -> [ApplicantID: Applicant] {
        let rows = try await connection.query("""
            SELECT id, name, kind, insee_code, siren, department, population, inside_urban_agglomeration, website, contacts::text
            FROM applicants WHERE id = ANY(\(ids.map(\.uuid)))
            """, logger: logger)
        var applicants: [ApplicantID: Applicant] = [:]
        for try await row in rows {
            let applicant = try Self.decode(row)
            applicants[applicant.id] = applicant
        }
        return applicants
    }

    func list(on connection: PostgresConnection) async throws -> [Applicant] {
        let rows = try await connection.query("""
            SELECT id, name, kind, insee_code, siren, department, population, inside_urban_agglomeration, website, contacts::text
            FROM applicants ORDER BY department, name
            """, logger: logger)
        var applicants: [Applicant] = []
        for try await row in rows { applicants.append(try Self.decode(row)) }
        return applicants
    }

    static func decode(_ row: PostgresRow) throws -> Applicant {
        let (id, name, kind, insee, siren, department, population, inside, website, contacts) =
            try row.decode((UUID, String, String, String?, String?, String, Int, Bool, String?, String).self)
        return Applicant(id: ApplicantID(id), name: name, kind: ApplicantKind(rawValue: kind) ?? .commune,
                         inseeCode: insee.flatMap(InseeCode.init), siren: siren.flatMap(SirenNumber.init), department: department,
                         population: population, insideUrbanAgglomeration: inside, website: website,
                         contacts: try JSONDecoder().decode([ContactPerson].self, from: Data(contacts.utf8)))
    }
}
