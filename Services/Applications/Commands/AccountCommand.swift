import ArgumentParser
import CommandKit
import Foundation
import Logging
import Model
import ServiceKit

/// `applications account create`: staff accounts (and applicants' accounts for a known
/// collectivité), against the database the service's environment names.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "applications account", abstract: "Gère les comptes.",
                                                    subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Crée un compte (le mot de passe est lu sur l'entrée standard).")

        @Option(help: "Adresse électronique (identifiant de connexion).") var email: String
        @Option(help: "Nom affiché.") var name: String
        @Option(help: "Rôle : applicant, instructor ou admin.") var role: String
        @Option(help: "Pour un compte candidat : l'identifiant de la collectivité.") var applicantId: String?

        func run() async throws {
            try await createAccount()
        }

        /// Called by `main.swift` (see `runTool`).
        func createAccount() async throws {
            guard let role = Role(rawValue: role) else { throw ValidationError("rôle inconnu : \(role) (applicant, instructor ou admin)") }
            guard EmailAddress.isPlausible(email) else { throw ValidationError("adresse électronique invalide : \(email)") }
            let applicant = try applicantId.map { text -> ApplicantID in
                guard let id = ApplicantID(uuidString: text) else { throw ValidationError("identifiant de collectivité invalide : \(text)") }
                return id
            }
            guard (role == .applicant) == (applicant != nil) else {
                throw ValidationError("un compte candidat, et lui seul, se rattache à une collectivité (--applicant-id)")
            }
            let password = readLine(strippingNewline: true) ?? ""
            guard password.count >= 12 else { throw ValidationError("le mot de passe doit compter au moins 12 caractères") }

            try await ApplicationsService.commandDatabase.withClient { client, logger in
                do {
                    let id = try await client.withConnection { connection in
                        try await AccountRepository(logger: logger).create(email: email, displayName: name, password: password, role: role,
                                                                           applicantId: applicant, on: connection)
                    }
                    print("compte créé : \(id.uuidString.lowercased()) (\(role.frenchLabel))")
                } catch is AccountRepository.DuplicateEmail {
                    throw ValidationError("un compte utilise déjà l'adresse \(email)")
                }
            }
        }
    }
}
