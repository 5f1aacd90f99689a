import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

/// Diagnoses one site: crawls it, judges it, and records the report, its batch's progress and the
/// email's event in one transaction.
struct WebsiteDiagnostician: Sendable {
    let context: ResourcesContext
    let settings: DiagnosticSettings
    /// Shared by the crawls of a batch: one request at a time per host across all of them.
    let gate: HostGate

    /// The report, or `nil` when the batch already had one for this site (a second runner got there first).
    @discardableResult
    func diagnose(_ website: Website, batch: UUID?) async throws -> WebsiteReport? {
        let start = URL(string: website.url) ?? URL(string: "https://invalide.invalid/")!
        let crawl = await settings.crawler(gate: gate).crawl(start)
        // A crawl cut short by a stop is not a diagnostic: the resumed batch does it again.
        try Task.checkCancellation()
        let now = context.clock()
        let report = WebsiteReport(id: UUID(), websiteId: website.id, batchId: batch, diagnosedAt: now, crawl: crawl,
                                   checks: SiteChecks(result: crawl, now: now).all())
        let recorded = try await context.transaction { connection -> Bool in
            guard try await WebsiteReportRepository(logger: context.logger).insert(report, on: connection) else { return false }
            if let batch { try await DiagnosticBatchRepository(logger: context.logger).markDone(batch, website: website.id, on: connection) }
            if let email = website.contactEmail {
                let event = WebsiteDiagnosed(
                    reportId: report.id, websiteId: website.id, collectivite: website.collectivite, url: report.url,
                    contact: ContactPerson(name: website.contactName ?? website.collectivite, email: email), overallScore: report.overallScore,
                    dimensions: report.scores.compactMap { score in score.score.map { .init(label: score.dimension.label, score: $0) } },
                    failedChecks: report.failedTitles, reportURL: "\(context.publicURL)/sites/\(website.id)", diagnosedAt: now)
                try await Outbox.append(EventEnvelope(source: "resources", data: event), on: connection, logger: context.logger)
            }
            return true
        }
        context.logger.info("website diagnosed", metadata: ["website": "\(website.id)", "score": "\(report.overallScore.map(String.init) ?? "-")",
                                                            "requests": "\(report.requests)", "ms": "\(report.durationMilliseconds)"])
        return recorded ? report : nil
    }
}
