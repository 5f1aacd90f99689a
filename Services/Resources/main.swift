import CommandKit
import ServiceKit

// `resources migrate [--dry-run]` applies (or lists) the pending migrations; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "migrate":
    await runTool(MigrateCommand.self, MigrateCommand.self) { try await $0.migrate(ResourcesService.commandDatabase) }
default:
    await ServiceRunner.main(ResourcesService.definition)
}
