import ArgumentParser

/// Parses a command-line tool's arguments (after the executable and its tool name) and runs
/// `perform` on its subcommand; help, usage errors and failures are reported the
/// ArgumentParser way.
public func runTool<Root: ParsableCommand, Subcommand: ParsableCommand>(
    _ root: Root.Type, _ subcommand: Subcommand.Type, _ perform: (Subcommand) async throws -> Void
) async {
    do {
        var command = try Root.parseAsRoot(Array(CommandLine.arguments.dropFirst(2)))
        // Called by name rather than through `run()`, which ArgumentParser would resolve to
        // its synchronous fallback here.
        if let chosen = command as? Subcommand {
            try await perform(chosen)
        } else {
            try command.run()
        }
    } catch {
        Root.exit(withError: error)
    }
}
