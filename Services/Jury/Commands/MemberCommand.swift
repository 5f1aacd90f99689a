import ArgumentParser
import Foundation
import Logging
import ServiceKit

/// `jury member create`: staff and juror accounts, against the database the service's
/// environment names.
struct MemberCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "jury member", abstract: "Gère les comptes du jury.",
                                                    subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Crée un compte (le mot de passe est lu sur l'entrée standard).")

        @Option(help: "Adresse électronique (identifiant de connexion).") var email: String
        @Option(help: "Nom affiché (procès-verbaux, ordres du jour).") var name: String
        @Option(help: "Rôle : staff (équipe du programme) ou juror (juré).") var role: String

        func run() async throws {
            try await createMember()
        }

        /// Called by `main.swift` (see `runTool`).
        func createMember() async throws {
            guard let role = MemberRole(rawValue: role) else { throw ValidationError("rôle inconnu : \(role) (staff ou juror)") }
            guard email.contains("@"), !email.contains(" ") else { throw ValidationError("adresse électronique invalide : \(email)") }
            let name = name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw ValidationError("le nom affiché est obligatoire") }
            let password = readLine(strippingNewline: true) ?? ""
            guard password.count >= 12 else { throw ValidationError("le mot de passe doit compter au moins 12 caractères") }

            try await JuryService.commandDatabase.withClient { client, logger in
                do {
                    let member = try await MemberRepository(logger: logger).create(email: email, displayName: name, password: password,
                                                                                   role: role, on: client)
                    print("compte créé : \(member.id.uuidString.lowercased()) (\(role.frenchLabel))")
                } catch is MemberRepository.DuplicateEmail {
                    throw ValidationError("un compte utilise déjà l'adresse \(email)")
                }
            }
        }
    }
}
