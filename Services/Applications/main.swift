import ArgumentParser
import ServiceKit

// `applications account create …` manages accounts; anything else runs the service.
if CommandLine.arguments.dropFirst().first == "account" {
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
    await ServiceRunner.main(ApplicationsService.definition())
}
