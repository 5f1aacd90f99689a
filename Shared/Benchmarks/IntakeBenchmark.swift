import ArgumentParser
import AsyncHTTPClient
import Crypto
import Events
import Foundation
import Logging
import Model
import NIOCore
import Persistence
import PostgresNIO

/// `ipc-bench intake`: create-and-submit through the applications API (the real service,
/// started by scripts/bench), then pgbench running the same SQL on the same database.
///
/// One operation is what an applicant's two clicks cost: `POST /api/dossiers` (token check;
/// call and applicant; reference, dossier row and history row in one statement) and
/// `POST /api/dossiers/{id}/submit` (token check; dossier, call and applicant; update, outbox
/// row and history row in one statement, if the dossier is unchanged).
struct IntakeBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "intake", abstract: "Dossier intake through the API against pgbench.")

    @OptionGroup var platform: PlatformOptions
    @Option(help: "The applications service.") var baseURL = "http://127.0.0.1:28081"
    @Option(help: "An admin account of the service.") var adminEmail = "bench@ipc.example"
    @Option(help: "Its password.") var adminPassword = "benchmark-password"
    @Option(help: "Seconds of load through the API; pgbench then runs as many operations.") var seconds = 20
    @Option(help: "Concurrent clients on each side.") var concurrency = 4
    @Option(help: "The service's process, stopped before pgbench runs so that both sides have the machine alone.")
    var servicePid: Int32?
    @Option(help: "PostgreSQL's postmaster, whose CPU time (with its backends') is shown per operation.")
    var postgresPid: Int32?

    func run() async throws {
        let logger = platform.logger
        let client = platform.postgres(schema: "applications").makeClient()
        let http = HTTPClient.shared
        print("intake benchmark: \(seconds) s per side, \(concurrency) concurrent clients, \(baseURL), \(platform.postgresHost):\(platform.postgresPort)")

        try await withRunningServices([client], logger: logger) {
            let api = BenchAPI(http: http, baseURL: baseURL)
            let token = try await api.token(email: adminEmail, password: adminPassword)
            let callId = try await api.createCall(token: token)
            let applicants = try await Self.createApplicants(count: 98_000, client: client, logger: logger)

            guard let url = URL(string: baseURL), let host = url.host, let port = url.port else {
                throw BenchmarkError("--base-url must name an IPv4 host and a port: \(baseURL)")
            }
            // Warm-up (connections, the service's first requests), then the measured run.
            _ = try await Self.load(host: host, port: port, token: token, callId: callId, applicants: applicants, next: NextIndex(0),
                                    limit: 200, seconds: 60, concurrency: concurrency)
            let next = NextIndex(200)
            let before = cpuSnapshot()
            let (operations, latencies) = try await Self.load(host: host, port: port, token: token, callId: callId, applicants: applicants,
                                                              next: next, limit: applicants.count / 2, seconds: seconds,
                                                              concurrency: concurrency)
            guard operations < applicants.count / 2 - 200 else { throw BenchmarkError("more applicants are needed for \(seconds) s") }
            let loaded = cpuSnapshot()
            let rate = Double(operations) / Double(seconds)
            let sorted = latencies.sorted()
            let p50 = sorted[sorted.count / 2], p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]

            if let servicePid { await Self.stop(servicePid) }
            // pgbench takes the applicants the API did not reach.
            try await client.query("SELECT setval('bench_applicant_seq', \(200 + operations))", logger: logger)
            let payload = String(decoding: try Self.sampleEvent().encoded(), as: UTF8.self)
            let digest = SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
            let year = ParisTime.localDate(of: Date()).year
            let beforePgbench = cpuSnapshot()
            let bound = try Pgbench(options: platform, schema: "applications").run(
                script: Self.script, transactions: operations, clients: concurrency,
                variables: ["token": "\\x\(digest)", "cid": callId, "payload": payload, "year": String(year), "refstart": "AC-\(year)-"])
            let afterPgbench = cpuSnapshot()

            let ratio = rate / bound.tps
            print("")
            print("  pgbench, the same SQL (bound)          \(Self.number(bound.tps)) operations/s   (mean latency \(String(format: "%.1f", bound.latency)) ms)")
            print("  API create + submit                    \(Self.number(rate)) operations/s   = \(Int((ratio * 100).rounded())) % of pgbench (target ≥ 60 %: \(ratio >= 0.6 ? "met" : "MISSED"))")
            print("  API latency of one create + submit     p50 \(String(format: "%.1f", p50)) ms, p99 \(String(format: "%.1f", p99)) ms (target p99 < 50 ms: \(p99 < 50 ? "met" : "MISSED"))")
            print("  (\(operations) dossiers created and submitted through the API, \(latencies.count) timed)")
            if postgresPid != nil, servicePid != nil {
                let apiRun = loaded - before, sql = afterPgbench - beforePgbench
                func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000 / Double(operations)) }
                print("")
                print("  CPU per operation, API run             service \(ms(apiRun.service)), PostgreSQL \(ms(apiRun.postgres)), load generator \(ms(apiRun.generator))")
                print("  CPU per operation, pgbench run         PostgreSQL \(ms(sql.postgres)), pgbench \(ms(sql.children))")
                // With the cores busy on both sides, rates go as the inverse of the CPU per operation.
                let ceiling = (sql.postgres + sql.children) / (apiRun.service + apiRun.postgres + apiRun.generator)
                print("  ratio those CPU times allow            \(Int((ceiling * 100).rounded())) % (all cores busy on both sides)")
            }
            let passed = ratio >= 0.6 && p99 < 50
            print(passed ? "\nall targets met" : "\nsome targets missed")
            if !passed { throw ExitCode(1) }
        }
    }

    /// CPU seconds used so far by the service, PostgreSQL, this load generator and its ended children (pgbench).
    struct CPUSnapshot {
        var service = 0.0, postgres = 0.0, generator = 0.0, children = 0.0

        static func - (after: CPUSnapshot, before: CPUSnapshot) -> CPUSnapshot {
            CPUSnapshot(service: after.service - before.service, postgres: after.postgres - before.postgres,
                        generator: after.generator - before.generator, children: after.children - before.children)
        }
    }

    func cpuSnapshot() -> CPUSnapshot {
        CPUSnapshot(service: servicePid.map { CPUTime.seconds(of: $0) } ?? 0,
                    postgres: postgresPid.map { CPUTime.secondsWithChildren(of: $0) } ?? 0,
                    generator: CPUTime.seconds(of: getpid()), children: CPUTime.reapedChildrenOfSelf)
    }

    /// The load: `concurrency` clients, each on a thread and a connection of its own
    /// (`PlainHTTPConnection`), for `seconds` or until `limit` applicants are used.
    /// - Returns: the operations done and each one's latency in milliseconds.
    static func load(host: String, port: Int, token: String, callId: String, applicants: [UUID], next: NextIndex, limit: Int,
                     seconds: Int, concurrency: Int) async throws -> (Int, [Double]) {
        let deadline = ContinuousClock.now + .seconds(seconds)
        return try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    // Blocking sockets: the client runs on a thread, not on the cooperative pool.
                    try await withCheckedThrowingContinuation { continuation in
                        Thread {
                            continuation.resume(with: Result {
                                let connection = try PlainHTTPConnection(host: host, port: port)
                                var latencies: [Double] = []
                                while ContinuousClock.now < deadline {
                                    let index = next.take()
                                    guard index < limit else { break }
                                    let start = ContinuousClock.now
                                    try createAndSubmit(on: connection, token: token, callId: callId, applicantId: applicants[index])
                                    let elapsed = ContinuousClock.now - start
                                    latencies.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
                                }
                                return latencies
                            })
                        }.start()
                    }
                }
            }
            var all: [Double] = []
            for try await latencies in group { all += latencies }
            return (all.count, all)
        }
    }

    /// One operation: the draft, then its submission (the bodies the portal's API clients send).
    static func createAndSubmit(on connection: PlainHTTPConnection, token: String, callId: String, applicantId: UUID) throws {
        let draft = """
            {"callId":"\(callId)","applicantId":"\(applicantId.uuidString.lowercased())","projectTitle":"Point public d'accès à Internet",\
            "theme":"Services aux citoyens","summary":"Un espace public numérique ouvert aux habitants."}
            """
        let created = try connection.post("/api/dossiers", json: draft, token: token)
        guard created.status == 201,
              let id = (try? JSONSerialization.jsonObject(with: Data(created.body)) as? [String: Any])?["id"] as? String else {
            throw BenchmarkError("POST /api/dossiers: \(created.status) \(String(decoding: created.body, as: UTF8.self))")
        }
        let submitted = try connection.post("/api/dossiers/\(id)/submit", json: "{}", token: token)
        guard submitted.status == 200 else {
            throw BenchmarkError("POST /api/dossiers/\(id)/submit: \(submitted.status) \(String(decoding: submitted.body, as: UTF8.self))")
        }
    }

    /// Communes with unique INSEE codes, inserted directly (set-up, not measured), and their order.
    static func createApplicants(count: Int, client: PostgresClient, logger: Logger) async throws -> [UUID] {
        try await client.query("""
            CREATE TABLE bench_applicants (n integer PRIMARY KEY, id uuid NOT NULL)
            """, logger: logger)
        try await client.query("CREATE SEQUENCE bench_applicant_seq", logger: logger)
        try await client.query("""
            WITH created AS (
                INSERT INTO applicants (id, name, kind, insee_code, department, population, inside_urban_agglomeration, contacts)
                SELECT gen_random_uuid(), 'Commune de banc d''essai ' || i, 'commune',
                       lpad(d::text, 2, '0') || lpad(((i - 1) % 1000)::text, 3, '0'), lpad(d::text, 2, '0'), 500 + i % 5000, false,
                       jsonb_build_array(jsonb_build_object('name', 'Mairie', 'email', 'mairie' || i || '@banc.example'))
                FROM generate_series(1, \(count)) AS i
                -- Departments 01 to 99 (20 became 2A and 2B), a thousand communes each.
                CROSS JOIN LATERAL (SELECT (i - 1) / 1000 + 1 + CASE WHEN (i - 1) / 1000 + 1 >= 20 THEN 1 ELSE 0 END AS d) AS department
                RETURNING id, insee_code)
            INSERT INTO bench_applicants (n, id) SELECT row_number() OVER (ORDER BY insee_code), id FROM created
            """, logger: logger)
        let rows = try await client.query("SELECT id FROM bench_applicants ORDER BY n", logger: logger)
        var ids: [UUID] = []
        for try await id in rows.decode(UUID.self) { ids.append(id) }
        return ids
    }

    /// SIGTERM, then wait for the process to be gone.
    static func stop(_ pid: Int32) async {
        kill(pid, SIGTERM)
        for _ in 0..<300 where kill(pid, 0) == 0 { try? await Task.sleep(for: .milliseconds(100)) }
    }

    static func sampleEvent() -> EventEnvelope<ApplicationSubmitted> {
        let applicant = ApplicantSnapshot(applicantId: ApplicantID(), name: "Commune de banc d'essai 1", kind: .commune,
                                          inseeCode: InseeCode("10000"), siren: nil, department: "10", population: 501,
                                          insideUrbanAgglomeration: false)
        return EventEnvelope(source: "applications", data: ApplicationSubmitted(
            applicationId: ApplicationID(), reference: "AC-2026-0001", callId: CallID(), action: .consultingAid, applicant: applicant,
            contacts: [ContactPerson(name: "Mairie", email: "mairie1@banc.example")], projectTitle: "Point public d'accès à Internet",
            theme: "Services aux citoyens", eligibleCost: nil, requestedSubsidy: nil, submittedAt: Date()))
    }

    static func number(_ value: Double) -> String {
        let text = String(Int(value.rounded()))
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }

    /// The statements the service runs for one create and one submit, in its order.
    static let script = """
        SELECT id AS aid FROM bench_applicants WHERE n = (SELECT nextval('bench_applicant_seq')) \\gset
        SELECT gen_random_uuid() AS did, gen_random_uuid() AS eid \\gset
        SELECT a.id, a.email, a.role, a.applicant_id FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = :token AND t.expires_at > now();
        SELECT id, action, title, description, opens_at, closes_at, eligible_kinds, max_beneficiaries, subsidy_rate_bp, subsidy_cap_cents, consulting_days, excluded_themes::text, criteria, budget_envelope_cents, closed_at, EXISTS (SELECT FROM applicants WHERE id = :aid) FROM calls WHERE id = :cid;
        WITH counter AS (INSERT INTO reference_counters (prefix, year, last_number) VALUES ('AC', :year, 1) ON CONFLICT (prefix, year) DO UPDATE SET last_number = reference_counters.last_number + 1 RETURNING :refstart || lpad(last_number::text, greatest(4, length(last_number::text)), '0') AS reference), created AS (INSERT INTO dossiers (id, reference, call_id, applicant_id, status, project_title, theme, summary, eligible_cost_cents, requested_subsidy_cents, staff_message, created_at, updated_at, submitted_at) SELECT :did, reference, :cid, :aid, 'draft', 'Point public d''accès à Internet', 'Services aux citoyens', 'Un espace public numérique ouvert aux habitants.', NULL, NULL, NULL, now(), now(), NULL FROM counter RETURNING id, reference), history AS (INSERT INTO dossier_history (dossier_id, at, actor, action, status, event_id, message) SELECT id, now(), 'bench@ipc.example (administrateur)', 'Création du brouillon', 'draft', NULL, NULL FROM created) SELECT reference FROM created;
        SELECT a.id, a.email, a.role, a.applicant_id FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = :token AND t.expires_at > now();
        SELECT d.xmin::text AS version, d.id, d.reference, d.call_id, d.applicant_id, d.status, d.project_title, d.theme, d.summary, d.eligible_cost_cents, d.requested_subsidy_cents, d.staff_message, d.created_at, d.updated_at, d.submitted_at, c.id, c.action, c.title, c.description, c.opens_at, c.closes_at, c.eligible_kinds, c.max_beneficiaries, c.subsidy_rate_bp, c.subsidy_cap_cents, c.consulting_days, c.excluded_themes::text, c.criteria, c.budget_envelope_cents, c.closed_at, a.id, a.name, a.kind, a.insee_code, a.siren, a.department, a.population, a.inside_urban_agglomeration, a.website, a.contacts::text FROM dossiers d JOIN calls c ON c.id = d.call_id JOIN applicants a ON a.id = d.applicant_id WHERE d.id = :did \\gset
        WITH changed AS (UPDATE dossiers SET status = 'submitted', project_title = 'Point public d''accès à Internet', theme = 'Services aux citoyens', summary = 'Un espace public numérique ouvert aux habitants.', eligible_cost_cents = NULL, requested_subsidy_cents = NULL, staff_message = NULL, updated_at = now(), submitted_at = now(), completed_at = coalesce(NULL, completed_at) WHERE id = :did AND xmin::text = :version RETURNING id), event AS (INSERT INTO outbox (event_id, topic, message_key, payload) SELECT :eid, 'applications.v1', :did, :payload FROM changed WHERE :eid::uuid IS NOT NULL), history AS (INSERT INTO dossier_history (dossier_id, at, actor, action, status, event_id, message) SELECT id, now(), 'bench@ipc.example (administrateur)', 'Dépôt du dossier', 'submitted', :eid, NULL FROM changed) SELECT count(*)::int FROM changed;

        """
}
