import ServiceKit

// `applications account create …` manages accounts; anything else runs the service.
if CommandLine.arguments.dropFirst().first == "account" {
    await AccountCommand.main(Array(CommandLine.arguments.dropFirst(2)))
} else {
    await ServiceRunner.main(ApplicationsService.definition())
}
