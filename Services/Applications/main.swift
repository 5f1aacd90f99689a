import ArgumentParser
import CommandKit
import Configuration
import Foundation
import NIOCore
import NIOPosix
import ServiceKit
import StaffAccess

// Tasks run on NIO's event loops: a query's answer resumes its task on the thread that read
// it, without a hop (and two context switches) to another pool.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

// `applications migrate [--dry-run]` applies (or lists) the pending migrations, `applications outbox replay --since …` publishes again what a broker lost, `applications audit verify` checks the staff actions' audit trail, `applications account create …` manages accounts, `applications applicants import …`
// imports collectivités; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "migrate":
    await runTool(MigrateCommand.self, MigrateCommand.self) { try await $0.migrate(ApplicationsService.commandDatabase) }
case "outbox":
    await runTool(OutboxCommand.self, OutboxCommand.Replay.self) { try await $0.replay(ApplicationsService.commandDatabase) }
case "audit":
    await runTool(AuditCommand.self, AuditCommand.Verify.self) { try await $0.verify(ApplicationsService.commandDatabase) }
case "account":
    await runTool(AccountCommand<ApplicationsService>.self, AccountCommand<ApplicationsService>.Create.self) { try await $0.createAccount() }
case "applicants":
    await runTool(ApplicantsCommand.self, ApplicantsCommand.Import.self) { try await $0.importFile() }
default:
    let settings: ApplicationsConfiguration
    do {
        settings = try ApplicationsConfiguration(reader: ConfigReader.environment)
    } catch {
        FileHandle.standardError.write(Data("applications: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(ApplicationsService.definition(settings: settings))
}
