import Foundation

/// What a site's `robots.txt` lets the crawler read (RFC 9309): the group for its product token,
/// or else the `*` group; the longest matching rule decides, `Allow` winning a tie.
struct RobotsRules: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allows: Bool
        var pattern: String
    }

    var rules: [Rule]
    /// The `Crawl-delay` the group asks for, in seconds, if any.
    var crawlDelay: Double?

    static let allowAll = RobotsRules(rules: [], crawlDelay: nil)
    static let disallowAll = RobotsRules(rules: [Rule(allows: false, pattern: "/")], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Reads the file for the crawler whose product token is `agent` (`ipc-diagnostic`).
    init(parsing text: String, agent: String) {
        var groups: [(agents: [String], rules: [Rule], delay: Double?)] = []
        var readingAgents = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let key = parts[0].lowercased(), value = parts[1]
            switch key {
            case "user-agent":
                if !readingAgents || groups.isEmpty { groups.append(([], [], nil)) }
                groups[groups.count - 1].agents.append(value.lowercased())
                readingAgents = true
            case "allow", "disallow":
                readingAgents = false
                guard !groups.isEmpty else { continue }
                // An empty `Disallow:` allows everything: no rule to record.
                if !value.isEmpty { groups[groups.count - 1].rules.append(Rule(allows: key == "allow", pattern: value)) }
            case "crawl-delay":
                readingAgents = false
                if !groups.isEmpty { groups[groups.count - 1].delay = Double(value) }
            default:
                continue
            }
        }
        let agent = agent.lowercased()
        let mine = groups.filter { $0.agents.contains { $0 != "*" && agent.hasPrefix($0) } }
        let chosen = mine.isEmpty ? groups.filter { $0.agents.contains("*") } : mine
        rules = chosen.flatMap(\.rules)
        crawlDelay = chosen.compactMap(\.delay).max()
    }

    /// Whether the path (with its query) may be read.
    func allows(_ path: String) -> Bool {
        let path = path.isEmpty ? "/" : path
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            if let current = best, current.pattern.count > rule.pattern.count { continue }
            if let current = best, current.pattern.count == rule.pattern.count, current.allows { continue }
            best = rule
        }
        return best?.allows ?? true
    }

    /// `*` stands for any run of characters, a final `$` for the path's end.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let anchored = pattern.hasSuffix("$")
        let pieces = (anchored ? String(pattern.dropLast()) : pattern).split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else if let range = rest.range(of: piece) {
                rest = rest[range.upperBound...]
            } else {
                return false
            }
        }
        return !anchored || rest.isEmpty
    }
}
