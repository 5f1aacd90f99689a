import Foundation

/// Reads one collectivité's site within the ``CrawlLimits``: robots.txt, the plain-HTTP address
/// (does it send to HTTPS?), the home page over HTTPS, then the internal pages that matter most
/// (legal notice, accessibility statement, contact, online services) and its feed.
struct SiteCrawler: Sendable {
    var limits: CrawlLimits
    var policy: AddressPolicy
    var gate: HostGate
    /// A PEM file of authorities trusted beside the system's, for test sites.
    var trustRootsFile: String?

    /// Words that make a link worth following first, most useful first.
    static let priorityWords = ["mentions", "accessibilit", "contact", "démarche", "demarche", "service", "formulaire", "rendez-vous",
                                "actualit", "plan du site"]

    func crawl(_ start: URL) async -> CrawlResult {
        let began = ContinuousClock.now
        let fetcher = SiteFetcher(limits: limits, policy: policy, gate: gate, trustRootsFile: trustRootsFile)
        var result = CrawlResult(startURL: start)
        await explore(start, with: fetcher, into: &result)
        result.requests = await fetcher.requests
        result.bytes = await fetcher.bytesRead
        result.duration = .now - began
        await fetcher.close()
        return result
    }

    private func explore(_ start: URL, with fetcher: SiteFetcher, into result: inout CrawlResult) async {
        // The same address in either scheme, its encoding untouched (an IPv6 host, an escaped path).
        func address(_ scheme: String) -> URL? {
            var components = URLComponents(url: start, resolvingAgainstBaseURL: true)
            components?.scheme = scheme
            if components?.percentEncodedPath.isEmpty == true { components?.percentEncodedPath = "/" }
            return components?.url
        }
        guard start.host?.isEmpty == false, let secure = address("https"), let plain = address("http") else {
            result.homepageError = .refused(.unsupportedScheme(start.absoluteString))
            return
        }
        let first = start.scheme == "http" ? plain : secure
        // An invalid certificate is reported, and the content still diagnosed without checking it.
        var verify = true
        do {
            var allowed: Bool
            do {
                allowed = try await fetcher.allows(first)
            } catch .certificate(let detail) {
                result.httpsError = .certificate(detail)
                verify = false
                allowed = try await fetcher.allows(first, verifyCertificate: false)
            }
            guard allowed else {
                result.forbiddenByRobots = true
                return
            }
        } catch {
            result.homepageError = error
            return
        }
        // A site given in HTTPS is asked in plain HTTP to see whether it redirects; a site given in
        // HTTP (a test fixture on its own port) has no HTTPS twin on the same port.
        if start.scheme == "https" {
            result.plainHTTP = try? await fetcher.fetch(plain, followRedirects: false)
        }
        do {
            result.homepage = page(try await fetcher.fetch(first, verifyCertificate: verify), linkText: "")
        } catch .certificate(let detail) {
            result.httpsError = .certificate(detail)
            result.homepage = try? page(await fetcher.fetch(first, verifyCertificate: false), linkText: "")
        } catch {
            if start.scheme == "https", case .refused(.privateAddress) = error {
                result.homepageError = error
            } else if start.scheme == "https" {
                result.httpsError = error
                do { result.homepage = page(try await fetcher.fetch(plain), linkText: "") } catch { result.homepageError = error }
            } else {
                result.homepageError = error
            }
        }
        guard let homepage = result.homepage else { return }
        let insecure = homepage.resource.certificateUnchecked
        var queue = prioritised(links(of: homepage, site: homepage.url, result: &result))
        var seen = Set(homepage.resource.chain.map(Self.key))
        // Every page asked counts against the limit, those that fail too.
        var asked = 1
        while let (url, text) = queue.first, asked < limits.maxPages {
            queue.removeFirst()
            guard seen.insert(Self.key(url)).inserted else { continue }
            asked += 1
            do {
                guard try await fetcher.allows(url, verifyCertificate: !insecure) else {
                    result.skippedByRobots.append(url.absoluteString)
                    continue
                }
                let resource = try await fetcher.fetch(url, verifyCertificate: !insecure)
                result.links.append(.init(url: url.absoluteString, status: resource.status))
                guard resource.status < 400 else { continue }
                let fetched = page(resource, linkText: text)
                result.pages.append(fetched)
                // Pages found below the home page extend the list, after what the home page offered.
                let further = links(of: fetched, site: homepage.url, result: &result).filter { !seen.contains(Self.key($0.0)) }
                queue.append(contentsOf: further.filter { candidate in !queue.contains { Self.key($0.0) == Self.key(candidate.0) } })
            } catch .refused(let refusal) where refusal == .siteBudgetExhausted || refusal == .siteTimeLimit {
                break
            } catch {
                result.links.append(.init(url: url.absoluteString, status: nil, error: error.explanation))
            }
        }
        await readFeed(of: homepage, with: fetcher, insecure: insecure, into: &result)
    }

    private func readFeed(of homepage: FetchedPage, with fetcher: SiteFetcher, insecure: Bool, into result: inout CrawlResult) async {
        let feedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+xml"]
        guard let link = homepage.document?.elements("link").first(where: {
            ($0["rel"] ?? "").lowercased().contains("alternate") && feedTypes.contains(($0["type"] ?? "").lowercased())
        }), let href = link["href"], let url = URL(string: href, relativeTo: homepage.url)?.absoluteURL else { return }
        guard let resource = try? await fetcher.fetch(url, verifyCertificate: !insecure), resource.status < 400 else {
            result.feed = (url.absoluteString, false)
            return
        }
        let root = HTMLDocument(xml: resource.body).root.elements.first?.name ?? ""
        result.feed = (url.absoluteString, ["rss", "feed", "rdf:rdf", "rdf"].contains(root))
    }

    private func page(_ resource: FetchedResource, linkText: String) -> FetchedPage {
        FetchedPage(resource: resource, document: resource.isHTML ? HTMLDocument(html: resource.body) : nil, linkText: linkText)
    }

    /// The page's links to the same site, fragments dropped; links to refused addresses are noted, not kept.
    private func links(of page: FetchedPage, site: URL, result: inout CrawlResult) -> [(URL, String)] {
        guard let document = page.document else { return [] }
        var found: [(URL, String)] = []
        for anchor in document.elements("a") {
            guard let href = anchor["href"], var components = URLComponents(string: href.trimmingCharacters(in: .whitespaces)) else { continue }
            components.fragment = nil
            guard let url = components.url(relativeTo: page.url)?.absoluteURL, let scheme = url.scheme?.lowercased(),
                  scheme == "http" || scheme == "https", let host = url.host else { continue }
            if let address = IPAddressText.bytes(host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))), !policy.permits(address) {
                result.refusedLinks.append(url.absoluteString)
                continue
            }
            guard Self.sameSite(host, site.host ?? ""), url.port == site.port else { continue }
            found.append((url, anchor.text))
        }
        return found
    }

    private func prioritised(_ links: [(URL, String)]) -> [(URL, String)] {
        func rank(_ link: (URL, String)) -> Int {
            let haystack = (link.1 + " " + link.0.path).lowercased()
            return Self.priorityWords.firstIndex { haystack.contains($0) } ?? Self.priorityWords.count
        }
        return links.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    static func sameSite(_ a: String, _ b: String) -> Bool {
        func bare(_ host: String) -> String { host.lowercased().hasPrefix("www.") ? String(host.lowercased().dropFirst(4)) : host.lowercased() }
        return bare(a) == bare(b)
    }

    static func key(_ url: URL) -> String {
        SiteFetcher.origin(url) + SiteFetcher.pathAndQuery(url)
    }
}
