import Foundation

/// How much of a site the crawler reads, and how gently.
struct CrawlLimits: Sendable, Equatable {
    /// Pages read per site, the home page included.
    var maxPages = 12
    /// Bytes read of one response; a longer one is cut there (and said too heavy).
    var maxPageBytes = 2_000_000
    /// Bytes read of one site, every response included.
    var maxSiteBytes = 10_000_000
    var requestTimeout: Duration = .seconds(10)
    var siteTimeout: Duration = .seconds(90)
    /// The pause between two requests to one host (a `Crawl-delay` in robots.txt may lengthen it, up to 10 s).
    var delayBetweenRequests: Duration = .seconds(1)
    var maxRedirects = 5
    /// Identifies the crawler to the sites, with how to reach the programme.
    var userAgent = "IPC-Diagnostic/1.0 (+https://www.internet-public-citoyen.fr/diagnostic; diagnostic@internet-public-citoyen.fr)"
    /// The token robots.txt groups are matched against.
    var robotsToken = "ipc-diagnostic"
}
