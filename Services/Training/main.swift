import CommandKit
import ServiceKit

// `training migrate [--dry-run]` applies (or lists) the pending migrations; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "migrate":
    await runTool(MigrateCommand.self, MigrateCommand.self) { try await $0.migrate(TrainingService.commandDatabase) }
default:
    await ServiceRunner.main(TrainingService.definition)
}
