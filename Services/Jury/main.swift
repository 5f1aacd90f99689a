import CommandKit
import Configuration
import Foundation
import ServiceKit
import StaffAccess

// `jury account create …` manages accounts; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "account":
    await runTool(AccountCommand<JuryService>.self, AccountCommand<JuryService>.Create.self) { try await $0.createAccount() }
default:
    let settings: JuryConfiguration
    do {
        settings = try JuryConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider()))
    } catch {
        FileHandle.standardError.write(Data("jury: \(error)\n".utf8))
        exit(78)  // EX_CONFIG
    }
    await ServiceRunner.main(JuryService.definition(secureCookies: settings.secureCookies))
}
