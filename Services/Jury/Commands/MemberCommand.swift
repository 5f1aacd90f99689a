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
            let form = MemberForm(email: email, displayName: name, password: readLine(strippingNewline: true) ?? "",
                                  role: MemberRole(rawValue: role))
            let accepted: MemberForm.Accepted
            switch form.validated() {
            case .success(let value): accepted = value
            case .failure(let failure): throw ValidationError(failure.errors.map(\.message).joined(separator: " "))
            }

            try await JuryService.commandDatabase.withClient { client, logger in
                do {
                    let member = try await MemberRepository(logger: logger).create(email: accepted.email, displayName: accepted.displayName,
                                                                                   password: accepted.password, role: accepted.role, on: client)
                    print("compte créé : \(member.id.uuidString.lowercased()) (\(accepted.role.frenchLabel))")
                } catch is MemberRepository.DuplicateEmail {
                    throw ValidationError("un compte utilise déjà l'adresse \(email)")
                }
            }
        }
    }
}
