import ArgumentParser

/// `ipc-bench`: benchmarks that print each figure beside the bound it is compared with,
/// both measured in the same run on the same broker and database.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ipc-bench",
        abstract: "Benchmarks of the Internet Public et Citoyen platform.",
        subcommands: [BusBenchmark.self, IntakeBenchmark.self, MailBenchmark.self, RegistrationBenchmark.self, SearchBenchmark.self])
}
