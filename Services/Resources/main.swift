import CommandKit
import Configuration
import Foundation
import ServiceKit
import StaffAccess

// `resources migrate [--dry-run]` applies (or lists) the pending migrations, `resources outbox replay --since …` publishes again what a broker lost, `resources audit verify` checks the staff actions' audit trail, `resources account create …`
// manages the back office's accounts, `resources indicators rebuild` counts the indicators again from the
// topics, `resources diagnostic run [--resume]` diagnoses the collectivités' websites; anything else runs
// the service.
switch CommandLine.arguments.dropFirst().first {
case "migrate":
    await runTool(MigrateCommand.self, MigrateCommand.self) { try await $0.migrate(ResourcesService.commandDatabase) }
case "outbox":
    await runTool(OutboxCommand.self, OutboxCommand.Replay.self) { try await $0.replay(ResourcesService.commandDatabase) }
case "audit":
    await runTool(AuditCommand.self, AuditCommand.Verify.self) { try await $0.verify(ResourcesService.commandDatabase) }
case "account":
    await runTool(AccountCommand<ResourcesService>.self, AccountCommand<ResourcesService>.Create.self) { try await $0.createAccount() }
case "indicators":
    await runTool(IndicatorCommand.self, IndicatorCommand.Rebuild.self) { try await $0.rebuild() }
case "diagnostic":
    await runTool(DiagnosticCommand.self, DiagnosticCommand.Run.self) { try await $0.diagnose() }
default:
    let settings: ResourcesConfiguration
    do {
        settings = try ResourcesConfiguration(reader: ConfigReader.environment)
    } catch {
        FileHandle.standardError.write(Data("resources: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(ResourcesService.definition(settings: settings))
}
