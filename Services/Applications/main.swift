import ArgumentParser
import Configuration
import Foundation
import NIOCore
import NIOPosix
import ServiceKit

// Tasks run on NIO's event loops: a query's answer resumes its task on the thread that read
// it, without a hop (and two context switches) to another pool.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

/// Parses a command-line tool's arguments and runs `perform` on its subcommand; help, usage
/// errors and failures are reported the ArgumentParser way.
func runTool<Root: ParsableCommand, Subcommand: ParsableCommand>(
    _ root: Root.Type, _ subcommand: Subcommand.Type, _ perform: (Subcommand) async throws -> Void
) async {
    do {
        var command = try Root.parseAsRoot(Array(CommandLine.arguments.dropFirst(2)))
        // Called by name rather than through `run()`, which ArgumentParser would resolve to
        // its synchronous fallback here.
        if let chosen = command as? Subcommand {
            try await perform(chosen)
        } else {
            try command.run()
        }
    } catch {
        Root.exit(withError: error)
    }
}

// `applications account create …` manages accounts, `applications applicants import …`
// imports collectivités; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "account":
    await runTool(AccountCommand.self, AccountCommand.Create.self) { try await $0.createAccount() }
case "applicants":
    await runTool(ApplicantsCommand.self, ApplicantsCommand.Import.self) { try await $0.importFile() }
default:
    let settings: ApplicationsConfiguration
    do {
        settings = try ApplicationsConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider()))
    } catch {
        FileHandle.standardError.write(Data("applications: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(ApplicationsService.definition(settings: settings))
}
