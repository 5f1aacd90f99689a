import ArgumentParser
import Foundation
import ServiceKit

/// `<service> account create`: an account of the service, against the database the service's
/// environment names; the same checks as the API's.
public struct AccountCommand<Home: AccountHome>: AsyncParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "account", abstract: "Gère les comptes.", subcommands: [Create.self])
    }

    public init() {}

    public struct Create: AsyncParsableCommand, Sendable {
        public static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: "Crée un compte (le mot de passe est lu sur l'entrée standard).")
        }

        @Option(help: "Adresse électronique (identifiant de connexion).") var email: String
        @Option(help: "Nom affiché.") var name: String
        @Option(help: ArgumentHelp("Rôle : \(Home.Role.choices).")) var role: String
        @Option(help: "Pour un compte qui agit pour une collectivité : son identifiant.") var organisationId: String?

        public init() {}

        public func run() async throws {
            try await createAccount()
        }

        /// Called by `main.swift` (see `runTool`).
        public func createAccount() async throws {
            guard let role = Home.Role(rawValue: role) else { throw ValidationError("rôle inconnu : \(role) (\(Home.Role.choices))") }
            let organisation = try organisationId.map { text -> UUID in
                guard let id = UUID(uuidString: text) else { throw ValidationError("identifiant de collectivité invalide : \(text)") }
                return id
            }
            let form = AccountForm(email: email, displayName: name, password: readLine(strippingNewline: true) ?? "", role: role,
                                   organisationId: organisation)
            let accepted: AccountForm<Home.Role>.Accepted
            switch form.validated(organisationField: "--organisation-id") {
            case .success(let value): accepted = value
            case .failure(let failure): throw ValidationError(failure.errors.map(\.message).joined(separator: " "))
            }
            try await Home.commandDatabase.withClient { client, logger in
                do {
                    let account = try await AccountRepository<Home.Role>(logger: logger).create(accepted, on: client)
                    print("compte créé : \(account.id.uuidString.lowercased()) (\(role.frenchLabel))")
                } catch is AccountRepository<Home.Role>.DuplicateEmail {
                    throw ValidationError("un compte utilise déjà l'adresse \(accepted.email)")
                } catch is AccountRepository<Home.Role>.UnknownOrganisation {
                    throw ValidationError("aucune collectivité n'a l'identifiant \(organisationId ?? "")")
                }
            }
        }
    }
}
