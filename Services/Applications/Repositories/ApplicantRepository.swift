import Events
import Foundation
import Logging
import Model
import Persistence
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
        try decode(row.makeRandomAccess(), at: 0)
    }

    /// The applicant in the ten columns from `offset` (id, name, kind, insee_code, siren,
    /// department, population, inside_urban_agglomeration, website, contacts::text).
    static func decode(_ row: PostgresRandomAccessRow, at offset: Int) throws -> Applicant {
        Applicant(id: ApplicantID(try row[offset].decode(UUID.self)), name: try row[offset + 1].decode(String.self),
                  kind: try storedValue(ApplicantKind.self, try row[offset + 2].decode(String.self), column: "applicants.kind"),
                  inseeCode: try row[offset + 3].decode(String?.self).flatMap(InseeCode.init),
                  siren: try row[offset + 4].decode(String?.self).flatMap(SirenNumber.init), department: try row[offset + 5].decode(String.self),
                  population: try row[offset + 6].decode(Int.self), insideUrbanAgglomeration: try row[offset + 7].decode(Bool.self),
                  website: try row[offset + 8].decode(String?.self),
                  contacts: try JSONDecoder().decode([ContactPerson].self, from: Data(try row[offset + 9].decode(String.self).utf8)))
    }
}
