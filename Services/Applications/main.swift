import ArgumentParser
import Configuration
import Foundation
import NIOCore
import NIOPosix
import ServiceKit

// Tasks run on NIO's event loops: a query's answer resumes its task on the thread that read
// it, without a hop (and two context switches) to another pool.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

// `applications account create …` manages accounts, `applications applicants import …`
// imports collectivités; anything else runs the service.
if CommandLine.arguments.dropFirst().first == "applicants" {
    do {
        var command = try ApplicantsCommand.parseAsRoot(Array(CommandLine.arguments.dropFirst(2)))
        if let importing = command as? ApplicantsCommand.Import {
            try await importing.importFile()
        } else {
            try command.run()
        }
    } catch {
        ApplicantsCommand.exit(withError: error)
    }
} else if CommandLine.arguments.dropFirst().first == "account" {
    do {
        var command = try AccountCommand.parseAsRoot(Array(CommandLine.arguments.dropFirst(2)))
        if let create = command as? AccountCommand.Create {
            try await create.createAccount()
        } else {
            try command.run()
        }
    } catch {
        AccountCommand.exit(withError: error)
    }
} else {
    let settings: ApplicationsConfiguration
    do {
        settings = try ApplicationsConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider()))
    } catch {
        FileHandle.standardError.write(Data("applications: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(ApplicationsService.definition(settings: settings))
}
