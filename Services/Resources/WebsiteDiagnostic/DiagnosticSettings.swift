import Configuration
import ServiceKit

/// How the website diagnostic crawls, and which addresses it may reach.
struct DiagnosticSettings: Sendable {
    var limits = CrawlLimits()
    /// Public addresses only, unless `DIAGNOSTIC_ALLOWED_NETWORKS` names blocks (`127.0.0.0/8,::1` for local test sites).
    var policy = AddressPolicy()
    /// A PEM file of authorities trusted beside the system's (`DIAGNOSTIC_CA_FILE`), for test sites.
    var trustRootsFile: String?
    /// Sites diagnosed at once in a batch (`DIAGNOSTIC_CONCURRENCY`).
    var concurrency = 4
    /// A batch stops taking new sites after this long (`DIAGNOSTIC_TIME_LIMIT_SECONDS`).
    var timeLimit: Duration = .seconds(4 * 3600)

    init() {}

    init(reader: ConfigReader) throws(ConfigurationError) {
        let networks = reader.string(forKey: "diagnostic.allowed.networks", default: "")
        guard let policy = AddressPolicy(allowList: networks) else {
            throw .invalid(variable: "DIAGNOSTIC_ALLOWED_NETWORKS", value: networks, expected: "comma-separated addresses or CIDR blocks")
        }
        self.policy = policy
        trustRootsFile = reader.string(forKey: "diagnostic.ca.file")
        concurrency = try Self.number(reader, "diagnostic.concurrency", "DIAGNOSTIC_CONCURRENCY", 1...64, concurrency)
        timeLimit = .seconds(try Self.number(reader, "diagnostic.time.limit.seconds", "DIAGNOSTIC_TIME_LIMIT_SECONDS", 10...86_400, 4 * 3600))
        limits.delayBetweenRequests = .milliseconds(try Self.number(reader, "diagnostic.delay.ms", "DIAGNOSTIC_DELAY_MS", 0...60_000, 1000))
        limits.maxPages = try Self.number(reader, "diagnostic.max.pages", "DIAGNOSTIC_MAX_PAGES", 1...100, limits.maxPages)
        if let contact = reader.string(forKey: "diagnostic.contact") {
            limits.userAgent = "IPC-Diagnostic/1.0 (+\(contact))"
        }
    }

    private static func number(_ reader: ConfigReader, _ key: ConfigKey, _ variable: String, _ range: ClosedRange<Int>,
                               _ value: Int) throws(ConfigurationError) -> Int {
        guard let text = reader.string(forKey: key) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw .invalid(variable: variable, value: text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func crawler(gate: HostGate) -> SiteCrawler {
        SiteCrawler(limits: limits, policy: policy, gate: gate, trustRootsFile: trustRootsFile)
    }
}
