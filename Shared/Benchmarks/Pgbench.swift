import Foundation

/// Runs pgbench with a custom script against a schema and reads its transactions per second.
struct Pgbench {
    let options: PlatformOptions
    let schema: String

    /// - Returns: transactions per second, "without initial connection time".
    func run(script: String, transactions: Int, clients: Int = 1) throws -> Double {
        try run(script: script, limit: ["-t", String(transactions / clients)], clients: clients).tps
    }

    /// Runs `transactions` in all over `clients` connections; `variables` are passed with `-D`.
    /// - Returns: transactions per second and the mean latency in milliseconds.
    func run(script: String, transactions: Int, clients: Int, variables: [String: String]) throws -> (tps: Double, latency: Double) {
        try run(script: script, limit: ["-t", String(max(1, transactions / clients)), "-j", String(min(clients, 2))]
                + variables.sorted { $0.key < $1.key }.flatMap { ["-D", "\($0.key)=\($0.value)"] }, clients: clients)
    }

    private func run(script: String, limit: [String], clients: Int) throws -> (tps: Double, latency: Double) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ipc-bench-\(UUID().uuidString).sql")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/lib/postgresql/15/bin/pgbench")
        // postgres-nio speaks the extended protocol (Parse, Bind, Execute) for every statement,
        // so pgbench does too: the same SQL sent the same way.
        process.arguments = ["-n", "-M", "extended", "-h", options.postgresHost, "-p", String(options.postgresPort), "-U", options.postgresUser,
                             "-c", String(clients)] + limit + ["-f", file.path, options.postgresDatabase]
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = options.postgresPassword
        environment["PGOPTIONS"] = "-c search_path=\(schema)"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("tps = ") }),
              let tps = Double(line.dropFirst(6).prefix { $0 == "." || $0.isNumber })
        else {
            throw BenchmarkError("pgbench failed:\n\(text)")
        }
        let latency = text.split(separator: "\n").first { $0.hasPrefix("latency average = ") }
            .flatMap { Double($0.dropFirst("latency average = ".count).prefix { $0 == "." || $0.isNumber }) } ?? 0
        return (tps, latency)
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
