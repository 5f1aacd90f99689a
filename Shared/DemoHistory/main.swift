// `ipc-demo applications|jury|resources`: the demo's 2006 history, encoded by the contracts.
// Parsed and run by name: ArgumentParser would otherwise pick its synchronous entry point here.
do {
    let command = try DemoHistoryCommand.parse()
    try await command.load()
} catch {
    DemoHistoryCommand.exit(withError: error)
}
