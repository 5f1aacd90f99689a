import CommandKit
import Configuration
import Foundation
import ServiceKit
import StaffAccess

// `training migrate [--dry-run]` applies (or lists) the pending migrations, `training outbox replay --since …` publishes again what a broker lost, `training audit verify` checks the staff actions' audit trail, `training account create …`
// manages the back office's accounts; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "migrate":
    await runTool(MigrateCommand.self, MigrateCommand.self) { try await $0.migrate(TrainingService.commandDatabase) }
case "outbox":
    await runTool(OutboxCommand.self, OutboxCommand.Replay.self) { try await $0.replay(TrainingService.commandDatabase) }
case "audit":
    await runTool(AuditCommand.self, AuditCommand.Verify.self) { try await $0.verify(TrainingService.commandDatabase) }
case "account":
    await runTool(AccountCommand<TrainingService>.self, AccountCommand<TrainingService>.Create.self) { try await $0.createAccount() }
default:
    let settings: TrainingConfiguration
    do {
        settings = try TrainingConfiguration(reader: ConfigReader.environment)
    } catch {
        FileHandle.standardError.write(Data("training: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(TrainingService.definition(settings: settings))
}
