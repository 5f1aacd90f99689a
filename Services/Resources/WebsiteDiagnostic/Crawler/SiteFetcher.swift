import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Fetches the pages of one site for one crawl, within its limits: every host's addresses are
/// resolved and checked against the ``AddressPolicy`` before any connection, and the client then
/// connects to exactly the address checked (so a name cannot resolve elsewhere in between);
/// robots.txt is read first on each host; redirects are followed one by one, each hop checked.
actor SiteFetcher {
    private let limits: CrawlLimits
    private let policy: AddressPolicy
    private let resolver: HostResolver
    private let gate: HostGate
    private let trustRootsFile: String?
    private let deadline: ContinuousClock.Instant
    private var clients: [String: HTTPClient] = [:]
    private var robots: [String: RobotsRules] = [:]
    private(set) var bytesRead = 0
    private(set) var requests = 0

    /// - Parameter trustRootsFile: a PEM file of authorities trusted beside the system's (the tests' own).
    init(limits: CrawlLimits, policy: AddressPolicy, gate: HostGate, trustRootsFile: String? = nil, resolver: HostResolver = HostResolver()) {
        self.limits = limits
        self.trustRootsFile = trustRootsFile
        self.policy = policy
        self.resolver = resolver
        self.gate = gate
        self.deadline = .now.advanced(by: limits.siteTimeout)
    }

    /// Fetches `url`, following redirects (each one checked) unless told not to.
    func fetch(_ url: URL, followRedirects: Bool = true, verifyCertificate: Bool = true) async throws(FetchError) -> FetchedResource {
        var chain = [url]
        let start = ContinuousClock.now
        var current = url
        while true {
            try await checkRobots(current, verifyCertificate: verifyCertificate)
            var resource = try await fetchOnce(current, verifyCertificate: verifyCertificate)
            resource.chain = chain
            resource.elapsed = .now - start
            guard followRedirects, (300..<400).contains(resource.status), let location = resource.headers["location"],
                  let next = URL(string: location, relativeTo: current)?.absoluteURL else { return resource }
            if chain.contains(next) { throw .refused(.redirectLoop(next.absoluteString)) }
            guard chain.count <= limits.maxRedirects else { throw .refused(.tooManyRedirects(url.absoluteString)) }
            chain.append(next)
            current = next
        }
    }

    /// Whether robots.txt lets the crawler read this address (reading it first if needed).
    func allows(_ url: URL, verifyCertificate: Bool = true) async throws(FetchError) -> Bool {
        try await rules(for: url, verifyCertificate: verifyCertificate).allows(Self.pathAndQuery(url))
    }

    /// Closes every connection of this crawl.
    func close() async {
        for client in clients.values { try? await client.shutdown() }
        clients = [:]
    }

    private func checkRobots(_ url: URL, verifyCertificate: Bool) async throws(FetchError) {
        guard try await allows(url, verifyCertificate: verifyCertificate) else {
            throw .refused(.forbiddenByRobots(url.absoluteString))
        }
    }

    private func rules(for url: URL, verifyCertificate: Bool) async throws(FetchError) -> RobotsRules {
        let origin = Self.origin(url)
        if let known = robots[origin] { return known }
        guard let robotsURL = URL(string: origin + "/robots.txt") else { return .allowAll }
        let rules: RobotsRules
        do {
            let response = try await fetchOnce(robotsURL, verifyCertificate: verifyCertificate)
            switch response.status {
            case 200..<300: rules = RobotsRules(parsing: String(decoding: response.body, as: UTF8.self), agent: limits.robotsToken)
            case 500...: rules = .disallowAll  // RFC 9309: a server error means "crawl nothing"
            default: rules = .allowAll
            }
        } catch .refused(let refusal) where refusal == .siteBudgetExhausted || refusal == .siteTimeLimit {
            throw .refused(refusal)
        } catch .certificate(let detail) where verifyCertificate {
            throw .certificate(detail)
        } catch {
            rules = .allowAll  // no robots.txt to read: the home page's own fetch says why the site is unreachable
        }
        robots[origin] = rules
        return rules
    }

    private func fetchOnce(_ url: URL, verifyCertificate: Bool) async throws(FetchError) -> FetchedResource {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else {
            throw .refused(.unsupportedScheme(url.absoluteString))
        }
        let remaining = deadline - .now
        guard remaining > .zero else { throw .refused(.siteTimeLimit) }
        guard bytesRead < limits.maxSiteBytes else { throw .refused(.siteBudgetExhausted) }
        let client = try await client(for: host, verifyCertificate: verifyCertificate)
        // A server is a host and a port: sites on one machine's different ports are different servers.
        let hostKey = "\(host.lowercased()):\(url.port ?? (scheme == "https" ? 443 : 80))"
        let pause = max(limits.delayBetweenRequests, .milliseconds(Int64(min(robots[Self.origin(url)]?.crawlDelay ?? 0, 10) * 1000)))
        await gate.acquire(hostKey, pause: pause)
        defer { Task { await gate.release(hostKey) } }
        requests += 1
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "User-Agent", value: limits.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Language", value: "fr")
        let start = ContinuousClock.now
        let timeout = min(limits.requestTimeout, remaining)
        do {
            let response = try await client.execute(request, timeout: .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000
                + timeout.components.attoseconds / 1_000_000_000))
            var body: [UInt8] = []
            var truncated = false
            let limit = min(limits.maxPageBytes, limits.maxSiteBytes - bytesRead)
            for try await chunk in response.body {
                body.append(contentsOf: chunk.readableBytesView.prefix(limit - body.count))
                if body.count >= limit {
                    truncated = true
                    break
                }
            }
            bytesRead += body.count
            var headers: [String: String] = [:]
            for header in response.headers { headers[header.name.lowercased()] = header.value }
            return FetchedResource(chain: [url], status: Int(response.status.code), headers: headers, body: body, truncated: truncated,
                                   elapsed: .now - start, certificateUnchecked: !verifyCertificate)
        } catch {
            throw Self.classify(error)
        }
    }

    /// A client bound to the one checked address of the host.
    private func client(for host: String, verifyCertificate: Bool) async throws(FetchError) -> HTTPClient {
        let key = "\(host.lowercased())|\(verifyCertificate)"
        if let client = clients[key] { return client }
        let addresses: [[UInt8]]
        do {
            addresses = try await resolver.addresses(of: host)
        } catch let refusal as CrawlRefusal {
            throw .refused(refusal)
        } catch {
            throw .unreachable(String(describing: error))
        }
        guard let first = addresses.first else { throw .refused(.unknownHost(host)) }
        // Every address must pass: a name with one public and one private address could be steered inside.
        if let refused = addresses.first(where: { !policy.permits($0) }) {
            throw .refused(.privateAddress(host: host, address: IPAddressText.string(refused)))
        }
        var tls = TLSConfiguration.makeClientConfiguration()
        if !verifyCertificate { tls.certificateVerification = .none }
        if let trustRootsFile { tls.additionalTrustRoots = [.file(trustRootsFile)] }
        var configuration = HTTPClient.Configuration(tlsConfiguration: tls, redirectConfiguration: .disallow,
                                                     timeout: .init(connect: .seconds(5)), decompression: .enabled(limit: .ratio(20)))
        if IPAddressText.bytes(host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))) == nil {
            configuration.dnsOverride = [host: IPAddressText.string(first)]
        }
        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
        clients[key] = client
        return client
    }

    private static func classify(_ error: any Error) -> FetchError {
        if let error = error as? HTTPClientError,
           [.deadlineExceeded, .readTimeout, .connectTimeout, .remoteConnectionClosed].contains(error) {
            return error == .remoteConnectionClosed ? .unreachable("connexion fermée") : .timeout
        }
        let description = String(describing: error)
        if description.contains("CERTIFICATE") || description.contains("certificate") {
            return .certificate(description.contains("self") || description.contains("SELF") ? "certificat auto-signé"
                                : description.contains("EXPIRED") || description.contains("expired") ? "certificat expiré"
                                : "certificat refusé")
        }
        if error is CancellationError { return .timeout }
        return .unreachable(description.count > 160 ? String(description.prefix(160)) + "…" : description)
    }

    static func origin(_ url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "https"
        let port = url.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(url.host?.lowercased() ?? "")\(port)"
    }

    static func pathAndQuery(_ url: URL) -> String {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        let path = components?.percentEncodedPath ?? "/"
        return (path.isEmpty ? "/" : path) + (components?.percentEncodedQuery.map { "?\($0)" } ?? "")
    }
}
