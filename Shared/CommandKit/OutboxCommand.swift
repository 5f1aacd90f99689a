import ArgumentParser
import Foundation
import Persistence

/// `<service> outbox replay --since <instant>`: publishes again the events the service wrote
/// since that instant, for a broker that lost them (the local broker keeps nothing across a
/// restart; a cluster can lose a topic). The rows are marked unsent and the service's relay
/// publishes them again in their original order; the consumers' inboxes ignore those they
/// have already applied.
public struct OutboxCommand: AsyncParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "outbox", abstract: "Gère la boîte d'envoi des événements du service.", subcommands: [Replay.self])
    }

    public init() {}

    public struct Replay: AsyncParsableCommand, Sendable {
        public static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: "Republie les événements écrits depuis un instant (ISO 8601, par exemple 2026-12-03T09:00:00Z).")
        }

        @Option(help: "Instant à partir duquel republier (ISO 8601, avec son fuseau).", transform: Replay.instant)
        var since: Date

        public init() {}

        public func run() async throws {}

        /// Called by `main.swift` (see `runTool`) with the service's database.
        public func replay(_ database: CommandDatabase) async throws {
            try await database.withClient { client, logger in
                let replay = try await OutboxReplay.markUnsent(since: since, on: client, logger: logger)
                let oldest = replay.oldestKept.map { " ; la plus ancienne ligne conservée date du \(Self.printed($0))" } ?? ""
                print("\(replay.count) événement(s) écrit(s) depuis le \(Self.printed(since)) à republier\(oldest)")
            }
        }

        static func instant(_ text: String) throws -> Date {
            let withFraction = ISO8601DateFormatter()
            withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            guard let date = ISO8601DateFormatter().date(from: text) ?? withFraction.date(from: text) else {
                throw ValidationError("instant invalide : \(text) (attendu : ISO 8601 avec fuseau, par exemple 2026-12-03T09:00:00Z)")
            }
            return date
        }

        static func printed(_ date: Date) -> String {
            date.formatted(.iso8601)
        }
    }
}
