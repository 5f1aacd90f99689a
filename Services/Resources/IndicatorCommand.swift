import ArgumentParser
import CommandKit

/// `resources indicators rebuild`: the indicators again from the topics' beginning.
struct IndicatorCommand: AsyncParsableCommand, Sendable {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "indicators", abstract: "Indicateurs du programme.", subcommands: [Rebuild.self])
    }

    struct Rebuild: AsyncParsableCommand, Sendable {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: "Recalcule les indicateurs à partir de tous les événements des topics, depuis le début.")
        }

        func run() async throws {
            try await rebuild()
        }

        /// Called by `main.swift` (see `runTool`).
        func rebuild() async throws {
            try await ResourcesService.commandDatabase.withPlatform { client, kafka, logger in
                let summary = try await IndicatorRebuild(database: client, kafka: kafka, logger: logger).run()
                let figures = try await client.withConnection {
                    try await IndicatorRepository(logger: logger).figures(year: nil, department: nil, on: $0)
                }
                print("\(summary.read) enregistrements lus, \(summary.applied) événements appliqués, \(summary.skipped) illisibles ignorés")
                print("dossiers \(figures.dossiers), retenus \(figures.byStatus.first { $0.code == "selected" }?.count ?? 0), "
                      + "sessions tenues \(figures.sessionsHeld), inscriptions \(figures.registrations), "
                      + "élus formés \(figures.electedTrained) sur \(figures.electedObjective)")
            }
        }
    }
}
