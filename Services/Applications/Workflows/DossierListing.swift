import Foundation

/// Dossiers with their collectivité and call, for the back office's list and the CSV export.
struct DossierListing: Sendable {
    let context: ApplicationsContext

    func lines(_ filter: DossierRepository.Filter) async throws -> [DossierExport.Line] {
        let calls = CallRepository(logger: context.logger), applicants = ApplicantRepository(logger: context.logger)
        return try await context.database.withConnection { connection in
            let dossiers = try await DossierRepository(logger: context.logger).list(filter, on: connection)
            let titles = try await calls.titles(on: connection)
            // Only the collectivités listed, not the whole register.
            let byId = try await applicants.find(Array(Set(dossiers.map(\.applicantId))), on: connection)
            return dossiers.compactMap { dossier in
                byId[dossier.applicantId].map { DossierExport.Line(dossier: dossier, applicant: $0, callTitle: titles[dossier.callId] ?? "") }
            }
        }
    }
}
