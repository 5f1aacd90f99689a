import Foundation

/// What the benchmark's SMTP server accepted: each recipient and the instant the server
/// accepted its message (the `.json` summaries scripts/lib/smtp_sink.py writes).
struct AcceptedMail {
    let folder: String
    private var read: Set<String> = []
    private(set) var acceptedAt: [String: Double] = [:]

    init(folder: String) {
        self.folder = folder
    }

    /// Waits until `count` messages were accepted in all; returns every recipient's instant.
    @discardableResult
    mutating func waitFor(count: Int, timeout: Duration) async throws -> [String: Double] {
        let deadline = ContinuousClock.now + timeout
        while try scan() < count {
            guard ContinuousClock.now < deadline else {
                throw BenchmarkError("only \(acceptedAt.count) of \(count) messages reached the SMTP server in \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        return acceptedAt
    }

    /// Reads the summaries not read yet; returns how many messages were accepted.
    private mutating func scan() throws -> Int {
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        // The server renames the .eml last: its summary is whole once the .eml is there.
        for name in names where name.hasSuffix(".json") && !read.contains(name)
            && names.contains(String(name.dropLast(".json".count)) + ".eml") {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
            guard let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let instant = summary["acceptedAt"] as? Double, let recipients = summary["rcptTos"] as? [String] else { continue }
            for recipient in recipients { acceptedAt[recipient.lowercased()] = instant }
            read.insert(name)
        }
        return read.count
    }

    /// One accepted message's file: the plain client sends the same bytes.
    func sampleMessage() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".eml") }.sorted()
        guard let first = names.first else { throw BenchmarkError("the SMTP server stored no message") }
        return URL(fileURLWithPath: folder).appendingPathComponent(first).path
    }
}
