import Foundation
@testable import Resources
import Testing

@Suite("Website checks")
struct SiteChecksTests {
    private func freshness(_ html: String, now: String) -> SiteCheck {
        let url = URL(string: "https://www.mairie.example/")!
        let resource = FetchedResource(chain: [url], status: 200, headers: ["content-type": "text/html"], body: Array(html.utf8),
                                       truncated: false, elapsed: .milliseconds(100), certificateUnchecked: false)
        var result = CrawlResult(startURL: url)
        result.homepage = FetchedPage(resource: resource, document: HTMLDocument(html: resource.body), linkText: "")
        let checks = SiteChecks(result: result, now: ISO8601DateFormatter().date(from: now)!).all()
        return checks.first { $0.id == "freshness" }!
    }

    @Test("Dates written in the text count, in words or in figures; an impossible date does not")
    func datesInText() {
        let words = freshness("<html><body><p>Mis à jour le 3 novembre 2026</p></body></html>", now: "2026-11-20T09:00:00Z")
        #expect(words.verdict == .passed && words.excerpt == "3 novembre 2026")
        let figures = freshness("<html><body><p>Conseil du 01/02/2026</p></body></html>", now: "2026-11-20T09:00:00Z")
        #expect(figures.verdict == .improvable && figures.excerpt == "01/02/2026")
        let impossible = freshness("<html><body><p>Le 31/02/2026</p></body></html>", now: "2026-11-20T09:00:00Z")
        #expect(impossible.verdict == .failed && impossible.excerpt == nil)
    }
}
