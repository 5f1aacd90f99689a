import CommandKit
import Configuration
import Foundation
import ServiceKit
import StaffAccess

// `jury migrate [--dry-run]` applies (or lists) the pending migrations, `jury outbox replay --since …` publishes again what a broker lost, `jury audit verify` checks the staff actions' audit trail, `jury account create …` manages accounts; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "migrate":
    await runTool(MigrateCommand.self, MigrateCommand.self) { try await $0.migrate(JuryService.commandDatabase) }
case "outbox":
    await runTool(OutboxCommand.self, OutboxCommand.Replay.self) { try await $0.replay(JuryService.commandDatabase) }
case "audit":
    await runTool(AuditCommand.self, AuditCommand.Verify.self) { try await $0.verify(JuryService.commandDatabase) }
case "account":
    await runTool(AccountCommand<JuryService>.self, AccountCommand<JuryService>.Create.self) { try await $0.createAccount() }
default:
    let settings: JuryConfiguration
    do {
        settings = try JuryConfiguration(reader: ConfigReader.environment)
    } catch {
        FileHandle.standardError.write(Data("jury: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(JuryService.definition(secureCookies: settings.secureCookies))
}
