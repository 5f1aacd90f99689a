import Foundation

/// A site's diagnostic: its checks, a score per dimension and overall, and what the crawl cost.
struct WebsiteReport: Codable, Sendable, Equatable {
    /// How far the crawl got.
    enum Status: String, Codable, Sendable {
        case analysed = "analyse"
        case unreachable = "injoignable"
        case forbiddenByRobots = "refuse_par_robots"
    }

    struct Score: Codable, Sendable, Equatable {
        var dimension: CheckDimension
        /// Out of 100; `nil` when none of its checks applied.
        var score: Int?
    }

    var id: UUID
    var websiteId: UUID
    var batchId: UUID?
    var diagnosedAt: Date
    var url: String
    var status: Status
    var overallScore: Int?
    var scores: [Score]
    var checks: [SiteCheck]
    var pages: Int
    var requests: Int
    var bytes: Int
    var durationMilliseconds: Int

    /// Scores each dimension as the mean of its applicable checks (passed 1, to improve ½, failed 0),
    /// and the site as the mean of its dimensions.
    init(id: UUID, websiteId: UUID, batchId: UUID?, diagnosedAt: Date, crawl: CrawlResult, checks: [SiteCheck]) {
        self.id = id
        self.websiteId = websiteId
        self.batchId = batchId
        self.diagnosedAt = diagnosedAt
        url = crawl.homepage?.url.absoluteString ?? crawl.startURL.absoluteString
        status = crawl.forbiddenByRobots ? .forbiddenByRobots : crawl.homepage?.document == nil ? .unreachable : .analysed
        self.checks = checks
        scores = CheckDimension.allCases.map { dimension in
            let points = checks.filter { $0.dimension == dimension }.compactMap(\.verdict.points)
            return Score(dimension: dimension, score: points.isEmpty ? nil : Int((points.reduce(0, +) / Double(points.count) * 100).rounded()))
        }
        let scored = scores.compactMap(\.score)
        overallScore = status == .analysed && !scored.isEmpty ? Int((Double(scored.reduce(0, +)) / Double(scored.count)).rounded()) : nil
        pages = crawl.allPages.count
        requests = crawl.requests
        bytes = crawl.bytes
        durationMilliseconds = Int(crawl.duration.components.seconds * 1000 + crawl.duration.components.attoseconds / 1_000_000_000_000_000)
    }

    func verdict(_ id: String) -> CheckVerdict? { checks.first { $0.id == id }?.verdict }

    var hasHTTPS: Bool { verdict("https") == .passed }
    var hasAccessibilityStatement: Bool { [.passed, .improvable].contains(verdict("accessibility_statement")) }
    var hasOnlineServices: Bool { verdict("online_services") == .passed }

    /// The failed checks' titles, in the report's order.
    var failedTitles: [String] { checks.filter { $0.verdict == .failed }.map(\.title) }
}
