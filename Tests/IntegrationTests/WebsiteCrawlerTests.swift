import Foundation
@testable import Resources
import Testing

/// The website diagnostic's crawler and checks against the fixture sites served on loopback.
@Suite("Website crawler", .serialized)
struct WebsiteCrawlerTests {
    static let loopback = AddressPolicy(allowList: "127.0.0.0/8,::1")!
    static let limits = CrawlLimits(maxPages: 12, maxPageBytes: 1_000_000, maxSiteBytes: 5_000_000, requestTimeout: .seconds(8),
                                    siteTimeout: .seconds(40), delayBetweenRequests: .milliseconds(20))

    private func diagnose(_ site: String, in sites: FixtureSites, policy: AddressPolicy = loopback) async -> (CrawlResult, [String: SiteCheck]) {
        let crawler = SiteCrawler(limits: Self.limits, policy: policy, gate: HostGate(), trustRootsFile: sites.certificateAuthority)
        let result = await crawler.crawl(sites[site])
        let checks = SiteChecks(result: result, now: Date()).all()
        return (result, Dictionary(uniqueKeysWithValues: checks.map { ($0.id, $0) }))
    }

    private func verdicts(_ checks: [String: SiteCheck]) -> [String: CheckVerdict] { checks.mapValues(\.verdict) }

    @Test("Every check passes on the good site: HTTPS from the run's CA, http redirected, statement, services, feed")
    func goodSite() async throws {
        try await FixtureSites.serve { sites in
            let (result, checks) = await diagnose("good", in: sites)
            let failing = checks.values.filter { $0.verdict != .passed }.map { "\($0.id): \($0.verdict) \($0.explanation) \($0.excerpt ?? "")" }
            #expect(failing.isEmpty, "\(failing)")
            #expect(checks.count == 20)
            #expect(checks["accessibility_statement"]?.excerpt == "Niveau déclaré\u{a0}: partiellement conforme")
            #expect(checks["https_redirect"]?.excerpt?.hasPrefix("HTTP 301 → https://localhost:") == true)
            #expect(checks["online_services"]?.excerpt?.contains("lien vers service-public.fr") == true)
            #expect(result.links.count >= 4 && result.pages.count >= 4)
            // Politeness: robots.txt read first, each page once.
            let asked = sites.requests(to: "good")
            #expect(asked.first == "/robots.txt")
            #expect(asked.filter { $0 == "/mentions-legales" }.count == 1)
        }
    }

    @Test("The poor site fails what it lacks, each check with its evidence and advice")
    func poorSite() async throws {
        try await FixtureSites.serve { sites in
            let (_, checks) = await diagnose("poor", in: sites)
            #expect(verdicts(checks) == [
                "reachable": .passed, "https": .failed, "https_redirect": .notApplicable, "response_time": .passed, "page_weight": .passed,
                "lang": .failed, "title": .improvable, "meta_description": .failed, "headings": .improvable, "image_alt": .failed,
                "form_labels": .failed, "skip_link": .failed, "viewport": .failed, "legal_notice": .failed,
                "accessibility_statement": .failed, "contact": .failed, "online_services": .failed, "freshness": .failed,
                "broken_links": .failed, "feed": .improvable,
            ])
            #expect(checks["image_alt"]?.excerpt == "1 sur 1\u{a0}: <img src=\"/photo.jpg\">")
            #expect(checks["image_alt"]?.advice?.contains("RGAA") == true)
            #expect(checks["headings"]?.explanation.contains("2 titres principaux") == true)
            #expect(checks["broken_links"]?.excerpt == "1 sur 2\u{a0}: HTTP 404")
            #expect(checks["freshness"]?.excerpt?.contains("2015") == true)
        }
    }

    @Test("A slow site's response time fails")
    func slowSite() async throws {
        try await FixtureSites.serve { sites in
            let (_, slow) = await diagnose("slow", in: sites)
            #expect(slow["response_time"]?.verdict == .failed && slow["reachable"]?.verdict == .passed)
        }
    }

    @Test("A redirect loop is detected and the site said unreachable")
    func redirectLoop() async throws {
        try await FixtureSites.serve { sites in
            let (loopResult, loop) = await diagnose("loop", in: sites)
            #expect(loop["reachable"]?.verdict == .failed)
            #expect(loop["reachable"]?.explanation.contains("boucle") == true)
            #expect(loop.values.filter { $0.id != "reachable" }.allSatisfy { $0.verdict == .notApplicable })
            #expect(loopResult.requests <= 6)
        }
    }

    @Test("A huge page is read up to the limit and said too heavy")
    func hugePage() async throws {
        try await FixtureSites.serve { sites in

            let (hugeResult, huge) = await diagnose("huge", in: sites)
            #expect(huge["page_weight"]?.verdict == .failed)
            #expect(huge["page_weight"]?.excerpt?.contains("lecture interrompue") == true)
            #expect(hugeResult.bytes < 1_100_000)
        }
    }

    @Test("A self-signed certificate fails HTTPS; the content is still diagnosed")
    func selfSignedCertificate() async throws {
        try await FixtureSites.serve { sites in

            let (selfSigned, certificate) = await diagnose("selfsigned", in: sites)
            #expect(certificate["https"]?.verdict == .failed, "\(String(describing: selfSigned.httpsError)) \(String(describing: selfSigned.homepageError))")
            #expect(certificate["https"]?.explanation.contains("certificat n'est pas valide") == true)
            // The content is still diagnosed, the certificate aside.
            #expect(certificate["reachable"]?.verdict == .passed && certificate["legal_notice"]?.verdict == .passed)
            #expect(selfSigned.homepage?.resource.certificateUnchecked == true)
        }
    }

    @Test("robots.txt that forbids everything: only robots.txt is read, nothing is scored")
    func robotsForbidden() async throws {
        try await FixtureSites.serve { sites in
            let (result, checks) = await diagnose("robots", in: sites)
            #expect(result.forbiddenByRobots)
            #expect(sites.requests(to: "robots") == ["/robots.txt"])
            #expect(checks.values.allSatisfy { $0.verdict == .notApplicable })
        }
    }

    @Test("Private addresses: a link to one is never followed, a redirect to one is refused, and without the allow-list loopback is refused by address and by name")
    func privateAddresses() async throws {
        try await FixtureSites.serve { sites in
            let (result, _) = await diagnose("private", in: sites)
            #expect(result.refusedLinks == ["http://10.0.0.1/intranet"])
            let redirected = result.links.first { $0.url.hasSuffix("/espace-agents") }
            #expect(redirected?.error?.contains("adresse privée ou réservée (192.168.1.10)") == true)

            let closed = AddressPolicy()
            let byName = sites["good"]
            let (named, _) = await diagnose("good", in: sites, policy: closed)
            #expect(named.homepageError == .refused(.privateAddress(host: "localhost", address: "127.0.0.1"))
                || named.homepageError == .refused(.privateAddress(host: "localhost", address: "::1")))
            let before = sites.requests(to: "good").count
            let literal = URL(string: "http://127.0.0.1:\(byName.port!)/")!
            let crawler = SiteCrawler(limits: Self.limits, policy: closed, gate: HostGate())
            let byAddress = await crawler.crawl(literal)
            #expect(byAddress.homepageError == .refused(.privateAddress(host: "127.0.0.1", address: "127.0.0.1")))
            #expect(sites.requests(to: "good").count == before)
        }
    }

    @Test("Addresses as entered keep their encoding: an escaped path, an IPv6 host")
    func unusualAddresses() async throws {
        try await FixtureSites.serve { sites in
            let crawler = SiteCrawler(limits: Self.limits, policy: Self.loopback, gate: HostGate())
            let escaped = await crawler.crawl(URL(string: "http://127.0.0.1:\(sites["poor"].port!)/vie%20municipale")!)
            #expect(escaped.homepage?.resource.status == 404)
            #expect(sites.requests(to: "poor").contains("/vie%20municipale"))
            let closed = SiteCrawler(limits: Self.limits, policy: AddressPolicy(), gate: HostGate())
            let ipv6 = await closed.crawl(URL(string: "https://[::1]:1/")!)
            #expect(ipv6.homepageError == .refused(.privateAddress(host: "[::1]", address: "::1"))
                || ipv6.homepageError == .refused(.privateAddress(host: "::1", address: "::1")))
        }
    }
}
