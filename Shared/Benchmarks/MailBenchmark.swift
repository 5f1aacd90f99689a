import ArgumentParser
import AsyncHTTPClient
import Foundation
import Logging
import Persistence
import PostgresNIO

/// `ipc-bench mail`: dossiers submitted through the applications API at a steady rate, each
/// timed until the SMTP server accepted its acknowledgement (the real applications and
/// notifications services, broker and SMTP server, started by scripts/bench); then the
/// notifications service's sending throughput beside the same server's acceptance rate from
/// a plain client.
struct MailBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mail", abstract: "Submission to acknowledgement, and sending throughput.")

    @OptionGroup var platform: PlatformOptions
    @Option(help: "The applications service.") var baseURL = "http://127.0.0.1:28081"
    @Option(help: "An admin account of the applications service.") var adminEmail = "bench@ipc.example"
    @Option(help: "Its password.") var adminPassword = "benchmark-password"
    @Option(help: "Submissions per second.") var rate = 100
    @Option(help: "Seconds of submissions.") var seconds = 20
    @Option(help: "Messages queued at once for the throughput run (and sent by the plain client).") var messages = 5_000
    @Option(help: "Where the SMTP server stores what it accepts (its plain listener's folder).") var mailFolder: String
    @Option(help: "The SMTP server's port.") var smtpPort = 53025
    @Option(help: "The plain client (scripts/lib/smtp_raw_client.py).") var rawClient: String
    @Option(help: "SMTP connections of the plain client: the service's MAIL_CONNECTIONS.") var connections = 4

    func run() async throws {
        let logger = platform.logger
        let applications = platform.postgres(schema: "applications").makeClient()
        let notifications = platform.postgres(schema: "notifications").makeClient()
        print("mail benchmark: \(rate) submissions/s for \(seconds) s, then \(messages) messages queued at once; SMTP on port \(smtpPort)")

        try await withRunningServices([applications, notifications], logger: logger) {
            let api = BenchAPI(http: HTTPClient.shared, baseURL: baseURL)
            let token = try await api.token(email: adminEmail, password: adminPassword)
            let callId = try await api.createCall(token: token)
            let total = rate * seconds, warmUp = 50
            let ids = try await IntakeBenchmark.createApplicants(count: total + warmUp, client: applications, logger: logger)
            let addresses = try await contacts(client: applications, logger: logger)
            let applicants = try ids.map { id in
                guard let address = addresses[id] else { throw BenchmarkError("no contact for the applicant \(id)") }
                return (id: id, address: address)
            }
            var mailbox = AcceptedMail(folder: mailFolder)

            // Warm-up (connections, consumer group, prepared statements): not timed.
            _ = try await submit(api: api, token: token, callId: callId, applicants: applicants, range: 0..<warmUp, rate: rate)
            try await mailbox.waitFor(count: warmUp, timeout: .seconds(120))

            let submitted = try await submit(api: api, token: token, callId: callId, applicants: applicants,
                                             range: warmUp..<(warmUp + total), rate: rate)
            let accepted = try await mailbox.waitFor(count: warmUp + total, timeout: .seconds(300))
            var latencies: [Double] = []
            for (address, sentAt) in submitted {
                guard let acceptedAt = accepted[address] else { throw BenchmarkError("no acknowledgement for \(address)") }
                latencies.append((acceptedAt - sentAt) * 1000)
            }
            latencies.sort()
            let p50 = latencies[latencies.count / 2], p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
            // Where the time goes: until the acknowledgement is queued (applications, relay, broker,
            // consumer), then until the server accepted it (the sender).
            let queuedAt = try await queuedInstants(client: notifications, logger: logger)
            var untilQueued: [Double] = [], untilAccepted: [Double] = []
            for (address, sentAt) in submitted {
                guard let queued = queuedAt[address], let acceptedAt = accepted[address] else { continue }
                untilQueued.append((queued - sentAt) * 1000)
                untilAccepted.append((acceptedAt - queued) * 1000)
            }
            untilQueued.sort()
            untilAccepted.sort()
            let achieved = Double(total) / (submitted.values.max()! - submitted.values.min()!)

            // Throughput: the queue filled at once, due a second later; the sender empties it.
            let sent = try await sendingRate(client: notifications, logger: logger)
            let sample = try mailbox.sampleMessage()
            let raw = try rawRate(messageFile: sample)

            let ratio = sent / raw
            print("")
            print("  submission → acknowledgement accepted   p50 \(String(format: "%.0f", p50)) ms, p99 \(String(format: "%.0f", p99)) ms (target p99 < 1000 ms: \(p99 < 1000 ? "met" : "MISSED"))")
            print("    of which until queued p50 \(String(format: "%.0f", untilQueued[untilQueued.count / 2])) ms, p99 \(String(format: "%.0f", untilQueued[untilQueued.count * 99 / 100])) ms; queued until accepted p50 \(String(format: "%.0f", untilAccepted[untilAccepted.count / 2])) ms, p99 \(String(format: "%.0f", untilAccepted[untilAccepted.count * 99 / 100])) ms")
            print("  (\(total) dossiers submitted at \(String(format: "%.1f", achieved)) submissions/s through the applications API)")
            print("  plain SMTP client, same server (bound)  \(IntakeBenchmark.number(raw)) messages/s   (\(connections) connections, \(messages) messages)")
            print("  notifications service sending          \(IntakeBenchmark.number(sent)) messages/s   = \(Int((ratio * 100).rounded())) % of the plain client (target ≥ 50 %: \(ratio >= 0.5 ? "met" : "MISSED"))")
            let passed = p99 < 1000 && ratio >= 0.5
            print(passed ? "\nall targets met" : "\nsome targets missed")
            if !passed { throw ExitCode(1) }
        }
    }

    /// Creates and submits one dossier per applicant of `range`, started at `rate` per second
    /// whatever the previous ones take (an open loop, as applicants do not wait for each other).
    /// - Returns: each contact's address and the instant its dossier's submission was sent.
    private func submit(api: BenchAPI, token: String, callId: String, applicants: [(id: UUID, address: String)], range: Range<Int>,
                        rate: Int) async throws -> [String: Double] {
        let start = ContinuousClock.now
        return try await withThrowingTaskGroup(of: (String, Double).self) { group in
            for (offset, index) in range.enumerated() {
                try await Task.sleep(until: start + .seconds(Double(offset) / Double(rate)), clock: .continuous)
                let applicant = applicants[index]
                group.addTask {
                    let draft = try await api.createDraft(token: token, callId: callId, applicantId: applicant.id)
                    let sentAt = Date().timeIntervalSince1970
                    try await api.submit(token: token, dossierId: draft)
                    return (applicant.address, sentAt)
                }
            }
            var submitted: [String: Double] = [:]
            for try await (address, sentAt) in group { submitted[address] = sentAt }
            return submitted
        }
    }

    /// The benchmark applicants' contact addresses (one each), by applicant.
    private func contacts(client: PostgresClient, logger: Logger) async throws -> [UUID: String] {
        let rows = try await client.query("""
            SELECT a.id, lower(a.contacts->0->>'email') FROM applicants a JOIN bench_applicants b USING (id)
            """, logger: logger)
        var contacts: [UUID: String] = [:]
        for try await (id, address) in rows.decode((UUID, String).self) { contacts[id] = address }
        return contacts
    }

    /// When each acknowledgement was queued, by recipient.
    private func queuedInstants(client: PostgresClient, logger: Logger) async throws -> [String: Double] {
        let rows = try await client.query("""
            SELECT lower(recipient), extract(epoch FROM created_at)::float8 FROM messages WHERE template = 'dossierReceived'
            """, logger: logger)
        var instants: [String: Double] = [:]
        for try await (recipient, instant) in rows.decode((String, Double).self) { instants[recipient] = instant }
        return instants
    }

    /// Queues `messages` copies of an acknowledgement at once, due a second later, and times
    /// the notifications service's sender from the first accepted to the last.
    private func sendingRate(client: PostgresClient, logger: Logger) async throws -> Double {
        let batch = UUID().uuidString.prefix(8).lowercased()
        try await client.query("""
            INSERT INTO messages (id, cause_event_id, template, recipient, recipient_name, reference, subject, text_body, html_body, next_attempt_at)
            SELECT gen_random_uuid(), gen_random_uuid(), m.template, 'debit-' || \(String(batch)) || '-' || i || '@banc.example', m.recipient_name,
                   m.reference, m.subject, m.text_body, m.html_body, now() + interval '1 second'
            FROM (SELECT * FROM messages WHERE status = 'sent' LIMIT 1) AS m CROSS JOIN generate_series(1, \(messages)) AS i
            """, logger: logger)
        let pattern = "debit-\(batch)-%"
        let deadline = ContinuousClock.now + .seconds(600)
        while ContinuousClock.now < deadline {
            let rows = try await client.query("""
                SELECT count(*)::int, coalesce(extract(epoch FROM max(finished_at) - min(finished_at))::float8, 0)
                FROM messages WHERE recipient LIKE \(pattern) AND status = 'sent'
                """, logger: logger)
            for try await (sent, seconds) in rows.decode((Int, Double).self) where sent == messages {
                return Double(sent - 1) / seconds
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        throw BenchmarkError("the sender did not empty the queue in 10 minutes")
    }

    /// The same server's acceptance rate from a plain client (Python's smtplib).
    private func rawRate(messageFile: String) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", rawClient, "127.0.0.1", String(smtpPort), String(messages), String(connections), messageFile]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard process.terminationStatus == 0, fields.count == 2, fields[1] > 0 else {
            throw BenchmarkError("the plain SMTP client failed: \(String(decoding: data, as: UTF8.self))")
        }
        return fields[0] / fields[1]
    }
}
