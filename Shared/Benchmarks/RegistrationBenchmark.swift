import ArgumentParser
import AsyncHTTPClient
import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// `ipc-bench registration`: the opening of registrations, 1,000 people over 20 sessions at
/// once through the training API (the real service, started by scripts/bench), then pgbench
/// running the same SQL on 20 sessions alike; and the catalogue page beside `/health/live`.
///
/// A registration is one public request: `POST /api/sessions/{id}/registrations`, which
/// locks the session's row, reads it, inserts the registration (confirmed or waitlisted),
/// counts the place and appends `RegistrationChanged` to the outbox in one transaction.
struct RegistrationBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registration", abstract: "The registration burst through the training API against pgbench, and the catalogue page.")

    @OptionGroup var platform: PlatformOptions
    @Option(help: "The training service.") var baseURL = "http://127.0.0.1:28081"
    @Option(help: "A staff account of the service.") var staffEmail = "bench@ipc.example"
    @Option(help: "Its password.") var staffPassword = "benchmark-password"
    @Option(help: "People in the burst.") var people = 1_000
    @Option(help: "Sessions they register to (half buffets of 50 places, half workshops of 15).") var sessions = 20
    @Option(help: "Concurrent clients on each side.") var concurrency = 50
    @Option(help: "Seconds of load on the catalogue page, and as many on /health/live.") var seconds = 10
    @Option(help: "The service's database connections (POSTGRES_MAX_CONNECTIONS): pgbench runs with as many clients too, and its better rate is the bound.")
    var pool = 20
    @Option(help: "The service's process, stopped before pgbench runs so that both sides have the machine alone.")
    var servicePid: Int32?

    func run() async throws {
        let logger = platform.logger
        let client = platform.postgres(schema: "training").makeClient()
        print("registration benchmark: \(people) people over \(sessions) sessions, \(concurrency) concurrent clients, \(baseURL)")

        try await withRunningServices([client], logger: logger) {
            let api = BenchAPI(http: HTTPClient.shared, baseURL: baseURL)
            let token = try await api.token(email: staffEmail, password: staffPassword)
            func createSessions(_ label: String, count: Int) async throws -> [String] {
                var ids: [String] = []
                for index in 0..<count {
                    ids.append(try await api.createOpenSession(token: token, title: "\(label) \(index + 1)", workshop: index % 2 == 1))
                }
                return ids
            }
            let warmUp = try await createSessions("Échauffement", count: 2)
            let burst = try await createSessions("Rafale", count: sessions)
            let bounded = try await createSessions("pgbench", count: 2 * sessions)
            guard let url = URL(string: baseURL), let host = url.host, let port = url.port else {
                throw BenchmarkError("--base-url must name an IPv4 host and a port: \(baseURL)")
            }

            // Warm-up (connections, the service's first requests), then the measured burst.
            _ = try await Self.burst(host: host, port: port, sessions: warmUp, people: 200, firstPerson: 1_000_000, concurrency: concurrency)
            let start = ContinuousClock.now
            let answers = try await Self.burst(host: host, port: port, sessions: burst, people: people, firstPerson: 0, concurrency: concurrency)
            let elapsed = ContinuousClock.now - start
            let rate = Double(people) / Self.seconds(elapsed)
            let latencies = answers.map(\.milliseconds).sorted()
            let p50 = latencies[latencies.count / 2], p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
            let refused = answers.filter { $0.status != 201 }
            let check = try await Self.check(burst, client: client, logger: logger)

            let catalogue = try await Self.requestsPerSecond(host: host, port: port, path: "/", seconds: seconds, concurrency: concurrency)
            let live = try await Self.requestsPerSecond(host: host, port: port, path: "/health/live", seconds: seconds, concurrency: concurrency)

            if let servicePid { await IntakeBenchmark.stop(servicePid) }
            try await Self.prepare(bounded, client: client, logger: logger)
            let payload = String(decoding: try Self.sampleEvent().encoded(), as: UTF8.self)
            // With as many clients as the burst, then as many as the service's pool, each on sessions of its own.
            var runs: [(clients: Int, tps: Double, latency: Double)] = []
            for (index, clients) in [concurrency, pool].enumerated() {
                let run = try Pgbench(options: platform, schema: "training").run(
                    script: Self.script, transactions: people, clients: clients,
                    variables: ["payload": payload, "sessions": String(sessions), "offset": String(index * sessions)])
                runs.append((clients, run.tps, run.latency))
            }
            let bound = runs.max { $0.tps < $1.tps }!
            let boundCheck = try await Self.check(bounded, client: client, logger: logger)

            let ratio = rate / bound.tps, pageRatio = catalogue / live
            print("")
            for run in runs {
                print(Self.label("pgbench, the same SQL, \(run.clients) clients") + "\(IntakeBenchmark.number(run.tps)) registrations/s (mean latency \(String(format: "%.1f", run.latency)) ms)\(run.clients == bound.clients ? " (bound)" : "")")
            }
            print(Self.label("pgbench's overbooked seats") + "\(boundCheck.overbooked)")
            print(Self.label("API registrations in the burst") + "\(IntakeBenchmark.number(rate)) registrations/s = \(Int((ratio * 100).rounded())) % of pgbench (target ≥ 50 %: \(ratio >= 0.5 ? "met" : "MISSED"))")
            print(Self.label("API latency of one registration") + "p50 \(String(format: "%.1f", p50)) ms, p99 \(String(format: "%.1f", p99)) ms (target p99 < 100 ms: \(p99 < 100 ? "met" : "MISSED"))")
            print(Self.label("answers") + "\(answers.count - refused.count) of \(people) registered (\(check.confirmed) confirmed, \(check.waitlisted) waitlisted), \(refused.count) refused")
            print(Self.label("overbooked seats") + "\(check.overbooked) (target 0: \(check.overbooked == 0 ? "met" : "MISSED")); waitlists out of arrival order: \(check.outOfOrder); seat counters off: \(check.countersOff)")
            print("")
            print(Self.label("/health/live (bound)") + "\(IntakeBenchmark.number(live)) requests/s")
            print(Self.label("catalogue page /") + "\(IntakeBenchmark.number(catalogue)) requests/s = \(Int((pageRatio * 100).rounded())) % of /health/live (target ≥ 25 %: \(pageRatio >= 0.25 ? "met" : "MISSED"))")
            if let first = refused.first { print("\n  first refusal: \(first.status) \(first.body)") }
            let passed = ratio >= 0.5 && p99 < 100 && pageRatio >= 0.25 && refused.isEmpty
                && check.overbooked == 0 && check.outOfOrder == 0 && check.countersOff == 0
            print(passed ? "\nall targets met" : "\nsome targets missed")
            if !passed { throw ExitCode(1) }
        }
    }

    /// One registration's answer.
    struct Answer: Sendable {
        var status: Int
        var milliseconds: Double
        var body: String
    }

    /// `people` registrations sent by `concurrency` clients at once, person `i` to session `i % count`,
    /// each client on a thread and a connection of its own (`PlainHTTPConnection`).
    static func burst(host: String, port: Int, sessions: [String], people: Int, firstPerson: Int, concurrency: Int) async throws -> [Answer] {
        let next = NextIndex(0)
        return try await onThreads(concurrency) {
            let connection = try PlainHTTPConnection(host: host, port: port)
            var answers: [Answer] = []
            while case let index = next.take(), index < people {
                let person = firstPerson + index
                let body = """
                    {"name":"Élue \(person)","email":"personne\(person)@banc.example","role":"municipalCouncillor",\
                    "collectivite":"Commune de banc d'essai \(person % 500)"}
                    """
                let start = ContinuousClock.now
                let reply = try connection.post("/api/sessions/\(sessions[index % sessions.count])/registrations", json: body, token: nil)
                answers.append(Answer(status: reply.status, milliseconds: seconds(ContinuousClock.now - start) * 1000,
                                      body: reply.status == 201 ? "" : String(decoding: reply.body, as: UTF8.self)))
            }
            return answers
        }
    }

    /// GETs of one path by `concurrency` clients for `seconds`; every answer must be 200.
    static func requestsPerSecond(host: String, port: Int, path: String, seconds: Int, concurrency: Int) async throws -> Double {
        let deadline = ContinuousClock.now + .seconds(seconds)
        let counts = try await onThreads(concurrency) {
            let connection = try PlainHTTPConnection(host: host, port: port)
            var count = 0
            while ContinuousClock.now < deadline {
                let reply = try connection.get(path)
                guard reply.status == 200 else { throw BenchmarkError("GET \(path): \(reply.status)") }
                count += 1
            }
            return [count]
        }
        return Double(counts.reduce(0, +)) / Double(seconds)
    }

    /// Runs `work` on `count` threads at once (blocking sockets stay off the cooperative pool) and gathers their results.
    static func onThreads<Item: Sendable>(_ count: Int, _ work: @escaping @Sendable () throws -> [Item]) async throws -> [Item] {
        try await withThrowingTaskGroup(of: [Item].self) { group in
            for _ in 0..<count {
                group.addTask {
                    try await withCheckedThrowingContinuation { continuation in
                        Thread { continuation.resume(with: Result { try work() }) }.start()
                    }
                }
            }
            var all: [Item] = []
            for try await items in group { all += items }
            return all
        }
    }

    /// What the database holds after a burst, read from the registrations themselves.
    struct Check {
        var confirmed = 0, waitlisted = 0
        /// Confirmed registrations beyond a session's capacity, summed.
        var overbooked = 0
        /// Sessions where someone waitlisted arrived before someone confirmed.
        var outOfOrder = 0
        /// Sessions whose `confirmed` column differs from their confirmed registrations.
        var countersOff = 0
    }

    static func check(_ sessions: [String], client: PostgresClient, logger: Logger) async throws -> Check {
        let ids = sessions.compactMap(UUID.init(uuidString:))
        let rows = try await client.query("""
            SELECT s.capacity, s.confirmed,
                   count(r.id) FILTER (WHERE r.status = 'confirmed')::int,
                   count(r.id) FILTER (WHERE r.status = 'waitlisted')::int,
                   coalesce(max(r.arrival) FILTER (WHERE r.status = 'confirmed') > min(r.arrival) FILTER (WHERE r.status = 'waitlisted'), false)
            FROM sessions s LEFT JOIN registrations r ON r.session_id = s.id
            WHERE s.id = ANY(\(ids)) GROUP BY s.id
            """, logger: logger)
        var check = Check()
        for try await (capacity, counter, confirmed, waitlisted, outOfOrder) in rows.decode((Int, Int, Int, Int, Bool).self) {
            check.confirmed += confirmed
            check.waitlisted += waitlisted
            check.overbooked += max(0, confirmed - capacity)
            if outOfOrder { check.outOfOrder += 1 }
            if counter != confirmed { check.countersOff += 1 }
        }
        return check
    }

    /// The sessions pgbench registers to, numbered from 0 (each run its own `sessions` of them), and the numbers of its people.
    static func prepare(_ sessions: [String], client: PostgresClient, logger: Logger) async throws {
        try await client.query("CREATE TABLE bench_sessions (n integer PRIMARY KEY, id uuid NOT NULL)", logger: logger)
        try await client.query("""
            INSERT INTO bench_sessions (n, id) SELECT n - 1, id FROM unnest(\(sessions.compactMap(UUID.init(uuidString:)))::uuid[]) WITH ORDINALITY AS s(id, n)
            """, logger: logger)
        try await client.query("CREATE SEQUENCE bench_person_seq MINVALUE 0 START 0", logger: logger)
    }

    static func sampleEvent() -> EventEnvelope<RegistrationChanged> {
        EventEnvelope(source: "training", data: RegistrationChanged(
            registrationId: RegistrationID(), sessionId: TrainingSessionID(), outcome: .confirmed,
            trainee: ContactPerson(name: "Élue 1", email: "personne1@banc.example"), sessionTitle: "Rafale 1", startsAt: Date(),
            venue: "Hôtel de ville, Toulouse", waitlistPosition: nil,
            manageLink: "http://127.0.0.1:28083/inscriptions/0123456789abcdef0123456789abcdef0123456789a"))
    }

    /// A figure's name, indented and padded so that the figures line up.
    static func label(_ text: String) -> String {
        "  " + text + String(repeating: " ", count: max(1, 38 - text.count))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The statements the service runs for one registration, in its order, after one that picks
    /// the person, the session and the ids (which the service has before it starts). The
    /// address and token digests the service computes are computed here by PostgreSQL.
    static let script = """
        SELECT p, (SELECT id FROM bench_sessions WHERE n = p % :sessions + :offset) AS sid, gen_random_uuid() AS rid, gen_random_uuid() AS eid FROM nextval('bench_person_seq') AS p \\gset
        BEGIN;
        SELECT 1 FROM sessions WHERE id = :sid FOR UPDATE;
        SELECT id, kind, audience, title, theme, theme_label, description, host, department, town, address, room, internet_connection, step_free_access, starts_at, ends_at, trainer, capacity, confirmed, waitlisted, cancellation_deadline, status, coalesce(cancellation_reason, '') AS reason FROM session_summaries WHERE id = :sid \\gset s_
        \\if :s_confirmed < :s_capacity
        INSERT INTO registrations (id, session_id, name, email, email_digest, role, collectivite, collectivite_code, status, manage_token_hash, registered_at) VALUES (:rid, :sid, 'Élue ' || :p, 'personne' || :p || '@banc.example', sha256(convert_to('personne' || :p || '@banc.example', 'UTF8')), 'municipalCouncillor', 'Commune de banc d''essai', NULL, 'confirmed', sha256(convert_to(:rid::text, 'UTF8')), now());
        UPDATE sessions SET confirmed = confirmed + 1 WHERE id = :sid;
        \\else
        INSERT INTO registrations (id, session_id, name, email, email_digest, role, collectivite, collectivite_code, status, manage_token_hash, registered_at) VALUES (:rid, :sid, 'Élue ' || :p, 'personne' || :p || '@banc.example', sha256(convert_to('personne' || :p || '@banc.example', 'UTF8')), 'municipalCouncillor', 'Commune de banc d''essai', NULL, 'waitlisted', sha256(convert_to(:rid::text, 'UTF8')), now());
        \\endif
        INSERT INTO outbox (event_id, topic, message_key, payload) VALUES (:eid, 'training.v1', :sid, :payload);
        COMMIT;

        """
}
