import Foundation

/// Everything one crawl of a site found, which the checks then judge.
struct CrawlResult: Sendable {
    /// A link the crawl followed, or could not.
    struct LinkOutcome: Sendable {
        var url: String
        var status: Int?
        var error: String?
        var isBroken: Bool { error != nil || (status ?? 0) >= 400 }
    }

    var startURL: URL
    /// The site's robots.txt forbids reading its home page.
    var forbiddenByRobots = false
    /// `http://host/` asked without following: its status and where it sends.
    var plainHTTP: FetchedResource?
    var homepage: FetchedPage?
    /// Why the home page could not be read, if it could not.
    var homepageError: FetchError?
    /// Why the HTTPS connection failed, if it did.
    var httpsError: FetchError?
    var pages: [FetchedPage] = []
    /// Internal links followed (pages and checks), with what came back.
    var links: [LinkOutcome] = []
    /// Links to addresses the policy refuses, never followed.
    var refusedLinks: [String] = []
    /// Pages robots.txt keeps the crawler from.
    var skippedByRobots: [String] = []
    var feed: (url: String, valid: Bool)?
    var requests = 0
    var bytes = 0
    var duration: Duration = .zero

    /// The home page and every other page read, in that order.
    var allPages: [FetchedPage] { (homepage.map { [$0] } ?? []) + pages }
}
