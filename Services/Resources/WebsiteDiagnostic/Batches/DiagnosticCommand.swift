import ArgumentParser
import CommandKit
import Configuration
import Foundation

/// `resources diagnostic run`: a batch over every collectivité's website, with its progress on the
/// terminal; `--resume` takes up the batch a crash or a stop left unfinished.
struct DiagnosticCommand: AsyncParsableCommand, Sendable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "diagnostic", abstract: "Diagnostic des sites internet des collectivités.", subcommands: [Run.self])
    }

    struct Run: AsyncParsableCommand, Sendable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: "Diagnostique tous les sites (ou reprend la campagne interrompue) et affiche la progression.")
        }

        @Flag(help: "Reprend la campagne inachevée au lieu d'en lancer une nouvelle.")
        var resume = false

        @Option(help: "Sites diagnostiqués en même temps (DIAGNOSTIC_CONCURRENCY par défaut).")
        var concurrency: Int?

        @Option(name: .customLong("time-limit"), help: "Durée maximale de la campagne, en secondes (DIAGNOSTIC_TIME_LIMIT_SECONDS par défaut).")
        var timeLimit: Int?

        func validate() throws {
            if let concurrency, !(1...64).contains(concurrency) { throw ValidationError("--concurrency : de 1 à 64") }
            if let timeLimit, timeLimit < 1 { throw ValidationError("--time-limit : au moins 1 seconde") }
        }

        func run() async throws {
            try await diagnose()
        }

        /// Called by `main.swift` (see `runTool`).
        func diagnose() async throws {
            let settings = try ResourcesConfiguration(reader: ConfigReader.environment)
            try await ResourcesService.commandDatabase.withClient { client, logger in
                let context = ResourcesContext(database: client, clock: { Date() }, logger: logger, publicURL: settings.publicURL)
                let runner = DiagnosticBatchRunner(context: context, settings: settings.diagnostic)
                let id: UUID
                if resume {
                    guard let unfinished = try await client.withConnection({
                        try await DiagnosticBatchRepository(logger: logger).unfinished(on: $0)
                    }).last else {
                        print("Aucune campagne inachevée.")
                        return
                    }
                    id = unfinished
                } else {
                    id = try await runner.start(concurrency: concurrency, timeLimit: timeLimit.map { .seconds($0) })
                }
                print("Campagne \(id)")
                let ran = try await runner.run(id) { batch in print(batch.progressText) }
                if !ran { print("Cette campagne est déjà menée par le service\u{a0}; sa progression s'affiche dans /gestion/sites.") }
            }
        }
    }
}
