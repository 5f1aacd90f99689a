import Foundation

/// The fixture websites of `scripts/lib/fixture_sites.py`, served on loopback for one test:
/// a good site, a poor one, a slow one, a redirect loop, a huge page, a self-signed certificate,
/// a robots.txt that forbids everything, a page that leads to private addresses.
final class FixtureSites: @unchecked Sendable {
    private struct Announcement: Decodable {
        var sites: [String: String]
        var ca: String
        var logs: String
    }

    let urls: [String: URL]
    /// The CA that signed the good site's certificate.
    let certificateAuthority: String
    private let logs: String
    private let process: Process

    private init(process: Process, announcement: Announcement) {
        self.process = process
        self.urls = announcement.sites.compactMapValues(URL.init(string:))
        self.certificateAuthority = announcement.ca
        self.logs = announcement.logs
    }

    /// Starts the sites (and `copies` plain copies of the good one), runs `body`, stops them.
    static func serve<T>(copies: Int = 0, _ body: (FixtureSites) async throws -> T) async throws -> T {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/lib/fixture_sites.py").path, "--copies", String(copies)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let sites: FixtureSites
        do {
            let line = try await Task.detached { output.fileHandleForReading.readLine() }.value
            sites = FixtureSites(process: process, announcement: try JSONDecoder().decode(Announcement.self, from: Data(line.utf8)))
        } catch {
            kill(process.processIdentifier, SIGKILL)
            throw error
        }
        defer { kill(process.processIdentifier, SIGKILL) }
        return try await body(sites)
    }

    subscript(name: String) -> URL { urls[name]! }

    /// The paths the site was asked for, in order.
    func requests(to name: String) -> [String] {
        ((try? String(contentsOfFile: "\(logs)/\(name).txt", encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }
}

private extension FileHandle {
    func readLine() -> String {
        var bytes: [UInt8] = []
        while let byte = try? read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") { bytes.append(first) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
