import ArgumentParser
import CommandKit
import Foundation

/// `<service> audit verify`: walks the service's audit trail and says whether every link holds,
/// or names the first broken one (exit status 1).
public struct AuditCommand: AsyncParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "audit", abstract: "Vérifie le journal d'audit des actions du personnel.", subcommands: [Verify.self])
    }

    public init() {}

    public struct Verify: AsyncParsableCommand, Sendable {
        public static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: "Vérifie chaque maillon de la chaîne d'empreintes du journal d'audit.")
        }

        public init() {}

        public func run() async throws {}

        /// Called by `main.swift` (see `runTool`) with the service's database.
        public func verify(_ database: CommandDatabase) async throws {
            var broken = false
            try await database.withClient { client, logger in
                let verification = try await AuditTrail(logger: logger).verify(on: client)
                if let link = verification.firstBroken {
                    broken = true
                    print("journal d'audit rompu : premier maillon rompu à l'entrée \(link.position), \(link.reason)")
                } else {
                    print("journal d'audit intact : \(verification.entries) entrée(s), chaque maillon vérifié")
                }
            }
            if broken { throw ExitCode.failure }
        }
    }
}
