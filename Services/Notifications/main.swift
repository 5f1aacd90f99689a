import CommandKit
import Configuration
import Foundation
import ServiceKit
import StaffAccess

// `notifications migrate [--dry-run]` applies (or lists) the pending migrations, `notifications outbox replay --since …` publishes again what a broker lost, `notifications audit verify` checks the staff actions' audit trail, `notifications account create …` manages accounts; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "migrate":
    await runTool(MigrateCommand.self, MigrateCommand.self) { try await $0.migrate(NotificationsService.commandDatabase) }
case "outbox":
    await runTool(OutboxCommand.self, OutboxCommand.Replay.self) { try await $0.replay(NotificationsService.commandDatabase) }
case "audit":
    await runTool(AuditCommand.self, AuditCommand.Verify.self) { try await $0.verify(NotificationsService.commandDatabase) }
case "account":
    await runTool(AccountCommand<NotificationsService>.self, AccountCommand<NotificationsService>.Create.self) { try await $0.createAccount() }
default:
    let settings: NotificationsConfiguration
    do {
        settings = try NotificationsConfiguration(reader: ConfigReader.environment)
    } catch {
        FileHandle.standardError.write(Data("notifications: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(NotificationsService.definition(settings: settings))
}
