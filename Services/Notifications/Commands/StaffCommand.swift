import ArgumentParser
import Foundation
import StaffAccess

/// `notifications staff create`: the accounts of the delivery log's back-office, against the
/// database the service's environment names.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "notifications staff", abstract: "Gère les comptes de l'équipe.",
                                                    subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Crée un compte (le mot de passe est lu sur l'entrée standard).")

        @Option(help: "Adresse électronique (identifiant de connexion).") var email: String
        @Option(help: "Nom affiché.") var name: String

        func run() async throws {
            try await createAccount()
        }

        /// Called by `main.swift` (see `runTool`).
        func createAccount() async throws {
            guard email.contains("@"), !email.contains(" ") else { throw ValidationError("adresse électronique invalide : \(email)") }
            let name = name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw ValidationError("le nom affiché est obligatoire") }
            let password = readLine(strippingNewline: true) ?? ""
            guard password.count >= 12 else { throw ValidationError("le mot de passe doit compter au moins 12 caractères") }

            try await NotificationsService.commandDatabase.withClient { client, logger in
                do {
                    let account = try await StaffAccountRepository(logger: logger).create(email: email, displayName: name, password: password, on: client)
                    print("compte créé : \(account.id.uuidString.lowercased())")
                } catch is StaffAccountRepository.DuplicateEmail {
                    throw ValidationError("un compte utilise déjà l'adresse \(email)")
                }
            }
        }
    }
}
