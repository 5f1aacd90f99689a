import Foundation
import Logging
import PostgresNIO

/// Stores what an ``ApplicantImport`` accepted, all lines in one transaction: a failure
/// leaves nothing behind, and a collectivité already known is a rejected line, not an error.
struct ApplicantImporter: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Lines whose INSEE code or SIREN number is already registered.
    func alreadyKnown(_ file: ApplicantImport) async throws -> [ApplicantImport.Rejection] {
        let keys = file.accepted.map { $0.applicant.inseeCode?.value ?? $0.applicant.siren?.description ?? "" }
        let rows = try await client.query("""
            SELECT coalesce(insee_code, siren) FROM applicants WHERE insee_code = ANY(\(keys)) OR siren = ANY(\(keys))
            """, logger: logger)
        var known = Set<String>()
        for try await key in rows.decode(String.self) { known.insert(key) }
        return file.accepted.compactMap { line, applicant in
            let key = applicant.inseeCode?.value ?? applicant.siren?.description ?? ""
            return known.contains(key) ? ApplicantImport.Rejection(line: line, reasons: ["collectivité déjà enregistrée (\(key))"]) : nil
        }
    }

    /// Inserts the applicants; `progress` hears how many are done after each one.
    func insert(_ applicants: [Applicant], progress: @Sendable (Int) -> Void = { _ in }) async throws {
        let registry = ApplicantRegistry(logger: logger)
        let now = Date()
        try await client.withTransaction(logger: logger) { connection in
            for (index, applicant) in applicants.enumerated() {
                try await registry.register(applicant, at: now, on: connection)
                progress(index + 1)
            }
        }
    }
}
