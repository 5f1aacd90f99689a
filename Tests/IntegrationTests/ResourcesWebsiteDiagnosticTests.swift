import Foundation
import Logging
import Persistence
@testable import Resources
import Testing

/// The website diagnostic run by the resources service over fixture sites on loopback: batches,
/// reports, their page and history, the email's event; a batch stopped halfway and resumed.
@Suite("Resources website diagnostic", .platform, .serialized)
struct ResourcesWebsiteDiagnosticTests {
    static func settings(_ sites: FixtureSites) -> DiagnosticSettings {
        var settings = DiagnosticSettings()
        settings.policy = AddressPolicy(allowList: "127.0.0.0/8,::1")!
        settings.trustRootsFile = sites.certificateAuthority
        settings.limits.delayBetweenRequests = .milliseconds(10)
        settings.concurrency = 2
        return settings
    }

    @Test("A batch from the API diagnoses every site once, with progress; the report page has the scores, the advice and the trend; each contact's event carries the figures")
    func batchReportsAndEvents() async throws {
        try await FixtureSites.serve { sites in
            try await ResourcesHarness.run(clock: { Date() }, diagnostic: Self.settings(sites)) { harness in
                let staff = try await harness.staff()
                var ids: [String: String] = [:]
                for (name, contact) in [("good", "mairie@bonneval.example"), ("poor", "mairie@pauvreville.example"), ("robots", nil)] {
                    var form: [String: Any] = ["collectivite": "Commune \(name)", "url": sites[name].absoluteString, "department": "09"]
                    if let contact { form["contactEmail"] = contact; form["contactName"] = "Secrétariat \(name)" }
                    let added = try await staff.post("/api/websites", form)
                    try #require(added.status == 201, "\(String(decoding: added.body, as: UTF8.self))")
                    ids[name] = added.object["id"] as? String
                }
                #expect(try await harness.api.post("/api/website-diagnostics", [:]).status == 401)
                let unknown = try await staff.post("/api/website-diagnostics", ["websiteIds": [UUID().uuidString]])
                #expect(unknown.status == 422 && unknown.isProblem && unknown.problemFields == ["websiteIds"])
                #expect(try await staff.post("/api/website-diagnostics", ["websiteIds": [String]()]).status == 422)
                #expect(try await harness.schema.count("SELECT count(*)::int FROM diagnostic_batches", logger: harness.logger) == 0)
                let started = try await staff.post("/api/website-diagnostics", [:])
                try #require(started.status == 202)
                let batch = try #require(started.object["id"] as? String)
                #expect(started.object["total"] as? Int == 3)
                let finished = try await eventually(timeout: .seconds(90)) {
                    try await staff.get("/api/website-diagnostics/\(batch)").object["outcome"] as? String == "complete"
                }
                try #require(finished)
                #expect(try await staff.get("/api/website-diagnostics/\(batch)").object["done"] as? Int == 3)
                #expect(try await harness.schema.count("SELECT count(*)::int FROM website_reports WHERE batch_id = \(UUID(uuidString: batch)!)",
                                                       logger: harness.logger) == 3)

                let good = try await harness.api.get("/api/websites/\(ids["good"]!)/reports").array
                #expect(good.first?["overallScore"] as? Int == 100)
                let poor = try await harness.api.get("/api/websites/\(ids["poor"]!)/reports").array
                let poorScore = try #require(poor.first?["overallScore"] as? Int)
                #expect(poorScore < 40)
                #expect(try await harness.api.get("/api/websites/\(ids["robots"]!)/reports").array.first?["status"] as? String == "refuse_par_robots")

                // The aggregates, from each site's latest scored report (robots.txt's refusal is not scored).
                try await harness.schema.client.query("""
                    UPDATE websites SET population = CASE WHEN collectivite = 'Commune good' THEN 800 ELSE 12000 END
                    """, logger: harness.logger)
                let indicators = try await harness.api.get("/api/indicators").object
                let websites = try #require(indicators["websites"] as? [String: Any])
                let overall = try #require(websites["overall"] as? [String: Any])
                #expect(overall["sites"] as? Int == 2 && overall["httpsShare"] as? Int == 50 && overall["onlineServicesShare"] as? Int == 50)
                #expect(overall["accessibilityStatementShare"] as? Int == 50)
                #expect(overall["medianScore"] as? Int == Int((Double(100 + poorScore) / 2).rounded()))
                let departments = try #require(websites["byDepartment"] as? [[String: Any]])
                #expect(departments.count == 1 && departments.first?["code"] as? String == "09" && departments.first?["sites"] as? Int == 2)
                let bands = try #require(websites["byPopulation"] as? [[String: Any]])
                #expect(bands.map { $0["code"] as? String } == ["0", "5000"])
                #expect(bands.first?["medianScore"] as? Int == 100)
                let figuresPage = String(decoding: try await harness.api.get("/indicateurs").body, as: UTF8.self)
                #expect(figuresPage.contains("Sites internet des collectivités") && figuresPage.contains("Moins de 1\u{202f}000 habitants"))

                // The contacts' events: one per site with a contact, with the report's figures and link.
                var events: [String] = []
                for try await payload in try await harness.schema.client.query("""
                    SELECT payload FROM outbox WHERE payload::jsonb->>'type' = 'WebsiteDiagnosed'
                    """, logger: harness.logger).decode(String.self) { events.append(payload) }
                #expect(events.count == 2)
                let goodEvent = try #require(events.first { $0.contains("Commune good") })
                #expect(goodEvent.contains("\"overallScore\":100"))
                #expect(goodEvent.contains("https://ressources.ipc.example/sites/\(ids["good"]!)"))
                let poorEvent = try #require(events.first { $0.contains("Commune poor") })
                #expect(poorEvent.contains("\"overallScore\":\(poorScore)") && poorEvent.contains("Déclaration d'accessibilité"))

                // A second diagnostic of the poor site: the page shows the history and the trend.
                let again = try await staff.post("/api/website-diagnostics", ["websiteIds": [ids["poor"]!]])
                let second = try #require(again.object["id"] as? String)
                #expect(again.object["total"] as? Int == 1)
                #expect(try await eventually(timeout: .seconds(60)) {
                    try await staff.get("/api/website-diagnostics/\(second)").object["outcome"] as? String == "complete"
                })
                let page = try await harness.api.get("/sites/\(ids["poor"]!)")
                #expect(page.status == 200)
                #expect(String(decoding: page.body, as: UTF8.self).contains("Note globale\u{a0}: <strong>\(poorScore)/100</strong> — stable depuis le diagnostic du"))
                #expect(String(decoding: page.body, as: UTF8.self).contains("Alternatives textuelles des images\u{a0}: échec"))
                #expect(String(decoding: page.body, as: UTF8.self).contains("RGAA"))
                #expect(try await harness.api.get("/api/websites/\(ids["poor"]!)/reports").array.count == 2)
                #expect(try await harness.api.get("/sites/\(UUID())").status == 404)
            }
        }
    }

    @Test("A batch stopped halfway and run again diagnoses each site exactly once; a batch past its time limit takes no site")
    func resumedBatch() async throws {
        let logger = TestEnvironment.logger
        let schema = TestSchema.make("it_diagnostic")
        try await FixtureSites.serve(copies: 6) { sites in
            try await withRunningServices([schema.client]) {
                try await schema.create(migrations: ResourcesMigrations.all, logger: logger)
                let context = ResourcesContext(database: schema.client, clock: { Date() }, logger: logger, publicURL: "https://ressources.ipc.example")
                try await schema.client.withConnection { connection in
                    for index in 0..<6 {
                        try await WebsiteRepository(logger: logger).save(Website(
                            id: UUID(), applicantId: nil, collectivite: "Commune \(index)", department: "31", population: 800,
                            url: sites["bench-\(index)"].absoluteString, contactName: nil, contactEmail: nil, source: .staff, addedAt: Date()),
                            on: connection)
                    }
                }
                let runner = DiagnosticBatchRunner(context: context, settings: Self.settings(sites))
                let batch = try await runner.start(concurrency: 2)
                // The first run is stopped as soon as one site is reported, with others in flight.
                let (reported, signal) = AsyncStream<Void>.makeStream()
                let first = Task { try await runner.run(batch) { figures in if figures.done >= 1 { signal.yield() } } }
                for await _ in reported {
                    first.cancel()
                    break
                }
                _ = try? await first.value
                let reportedBefore = try await schema.count("SELECT count(*)::int FROM website_reports WHERE batch_id = \(batch)", logger: logger)
                #expect(reportedBefore >= 1 && reportedBefore < 6)
                #expect(try await schema.count("SELECT count(*)::int FROM diagnostic_batches WHERE finished_at IS NULL", logger: logger) == 1)

                #expect(try await runner.run(batch))
                #expect(try await schema.count("SELECT count(*)::int FROM website_reports WHERE batch_id = \(batch)", logger: logger) == 6)
                #expect(try await schema.count("SELECT count(DISTINCT website_id)::int FROM website_reports WHERE batch_id = \(batch)", logger: logger) == 6)
                #expect(try await schema.count("SELECT count(*)::int FROM diagnostic_batches WHERE outcome = 'complete'", logger: logger) == 1)

                // Started with an hour's limit, run two hours later: it stops before its first site.
                let late = try await runner.start(timeLimit: .seconds(3600))
                var later = context
                later.clock = { Date().addingTimeInterval(7200) }
                #expect(try await DiagnosticBatchRunner(context: later, settings: Self.settings(sites)).run(late))
                #expect(try await schema.count("SELECT count(*)::int FROM website_reports WHERE batch_id = \(late)", logger: logger) == 0)
                #expect(try await schema.count("SELECT count(*)::int FROM diagnostic_batches WHERE id = \(late) AND outcome = 'time_limit'",
                                               logger: logger) == 1)
            }
        }
        await schema.drop(logger: logger)
    }
}
