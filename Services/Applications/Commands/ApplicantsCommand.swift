import ArgumentParser
import CommandKit
import Foundation
import Logging
import ServiceKit

/// `applications applicants import FILE.csv`: registers collectivités from a spreadsheet,
/// with a progress bar, a report of the refused lines, and nothing half-imported.
struct ApplicantsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "applications applicants", abstract: "Gère les collectivités.",
                                                    subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importe des collectivités depuis un fichier CSV (colonnes nom, type, code_insee, siren, departement, population, agglomeration, site, contact_nom, contact_courriel).")

        @Argument(help: "Le fichier CSV (UTF-8, séparateur ; ou ,).") var file: String
        @Flag(help: "Importer les lignes valables même si d'autres sont refusées.") var skipRejected = false

        func run() async throws {
            try await importFile()
        }

        /// Called by `main.swift` (see `runTool`).
        func importFile() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("fichier introuvable : \(file)") }
            guard let text = String(data: data, encoding: .utf8) else { throw ValidationError("le fichier n'est pas encodé en UTF-8") }
            let parsed = ApplicantImport(csv: text)

            try await ApplicationsService.commandDatabase.withClient { client, logger in
                let importer = ApplicantImporter(client: client, logger: logger)
                let known = try await importer.alreadyKnown(parsed)
                let rejected = (parsed.rejected + known).sorted { $0.line < $1.line }
                let knownLines = Set(known.map(\.line))
                let accepted = parsed.accepted.filter { !knownLines.contains($0.line) }.map(\.applicant)
                for rejection in rejected {
                    FileHandle.standardError.write(Data("ligne \(rejection.line) refusée : \(rejection.reasons.joined(separator: " ; "))\n".utf8))
                }
                if !rejected.isEmpty && !skipRejected {
                    print("Aucune collectivité importée : \(rejected.count) ligne(s) refusée(s). Corrigez-les, ou relancez avec --skip-rejected.")
                    throw ExitCode(1)
                }
                let bar = ProgressBar(total: accepted.count)
                try await importer.insert(accepted) { bar.show($0) }
                bar.finish()
                print("\(accepted.count) collectivité(s) importée(s), \(rejected.count) ligne(s) refusée(s).")
            }
        }
    }
}
