import Foundation

/// Dossiers with their collectivité and call, for the back office's list and the CSV export.
struct DossierListing: Sendable {
    let context: ApplicationsContext

    func lines(_ filter: DossierRepository.Filter) async throws -> [DossierExport.Line] {
        let calls = CallRepository(logger: context.logger), applicants = ApplicantRepository(logger: context.logger)
        return try await context.database.withConnection { connection in
            let titles = Dictionary(try await calls.list(on: connection).map { ($0.call.id, $0.call.title) }) { first, _ in first }
            let byId = Dictionary(try await applicants.list(on: connection).map { ($0.id, $0) }) { first, _ in first }
            return try await DossierRepository(logger: context.logger).list(filter, on: connection).compactMap { dossier in
                byId[dossier.applicantId].map { DossierExport.Line(dossier: dossier, applicant: $0, callTitle: titles[dossier.callId] ?? "") }
            }
        }
    }
}
