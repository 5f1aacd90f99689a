import Foundation

/// Runs pgbench with a custom script against a schema and reads its transactions per second.
struct Pgbench {
    let options: PlatformOptions
    let schema: String

    /// - Returns: transactions per second, "without initial connection time".
    func run(script: String, transactions: Int, clients: Int = 1) throws -> Double {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ipc-bench-\(UUID().uuidString).sql")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/lib/postgresql/15/bin/pgbench")
        // postgres-nio speaks the extended protocol (Parse, Bind, Execute) for every statement,
        // so pgbench does too: the same SQL sent the same way.
        process.arguments = ["-n", "-M", "extended", "-h", options.postgresHost, "-p", String(options.postgresPort), "-U", options.postgresUser,
                             "-c", String(clients), "-t", String(transactions / clients), "-f", file.path, options.postgresDatabase]
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
        return tps
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
