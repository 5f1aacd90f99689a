import CommandKit
import ServiceKit

// `jury member create …` manages accounts; anything else runs the service.
switch CommandLine.arguments.dropFirst().first {
case "member":
    await runTool(MemberCommand.self, MemberCommand.Create.self) { try await $0.createMember() }
default:
    await ServiceRunner.main(JuryService.definition())
}
