import Foundation

extension SiteChecks {
    /// The newest date the pages show: `Last-Modified`, `<time datetime>`, dates written in the text.
    func freshness(_ homepage: FetchedPage) -> SiteCheck {
        var dates: [(Date, String, URL)] = []
        // Formatters are costly to make: one of each for the whole check.
        let httpDate = Self.formatter("EEE, dd MMM yyyy HH:mm:ss zzz", timeZone: "GMT")
        let isoDay = Self.formatter("yyyy-MM-dd", timeZone: "Europe/Paris")
        for page in result.allPages {
            if let header = page.resource.headers["last-modified"], let date = httpDate.date(from: header) {
                dates.append((date, "Last-Modified\u{a0}: \(header)", page.url))
            }
            guard let document = page.document else { continue }
            for time in document.elements("time") {
                if let value = time["datetime"], let date = isoDay.date(from: String(value.prefix(10))) { dates.append((date, "<time datetime=\"\(value)\">", page.url)) }
            }
            let text = document.root.text
            for match in text.matches(of: #/\b(\d{1,2})/(\d{1,2})/(\d{4})\b/#) {
                if let date = Self.day(Int(match.3), Int(match.2), Int(match.1)) { dates.append((date, String(match.0), page.url)) }
            }
            for match in text.lowercased().matches(of: #/\b(\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (\d{4})\b/#) {
                let month = Self.months.firstIndex(of: String(match.2)).map { $0 + 1 }
                if let date = Self.day(Int(match.3), month, Int(match.1)) { dates.append((date, String(match.0), page.url)) }
            }
        }
        let newest = dates.filter { $0.0 <= now.addingTimeInterval(86_400) }.max { $0.0 < $1.0 }
        let days = newest.map { Int(now.timeIntervalSince($0.0) / 86_400) }
        let verdict: CheckVerdict = days.map { $0 <= 90 ? .passed : $0 <= 365 ? .improvable : .failed } ?? .failed
        return Self.check("freshness", verdict: verdict,
                          evidenceURL: newest?.2.absoluteString, excerpt: newest.map { Self.shorten($0.1, 80) },
                          explanation: days.map { verdict == .passed ? "Le contenu le plus récent date de moins de trois mois (\($0) jours)."
                             : "Le contenu le plus récent trouvé date de \($0) jours." } ?? "Aucune date de publication ou de mise à jour n'a été trouvée.",
                          advice: verdict == .passed ? nil : "Datez les actualités et tenez à jour l'agenda et les informations pratiques.")
    }

    func brokenLinks() -> SiteCheck {
        let broken = result.links.filter(\.isBroken)
        let verdict: CheckVerdict = result.links.isEmpty ? .notApplicable : broken.isEmpty ? .passed : broken.count * 10 <= result.links.count ? .improvable : .failed
        return Self.check("broken_links", verdict: verdict,
                          evidenceURL: broken.first?.url,
                          excerpt: broken.first.map { "\(broken.count) sur \(result.links.count)\u{a0}: " + ($0.status.map { "HTTP \($0)" } ?? Self.shorten($0.error ?? "", 100)) },
                          explanation: verdict == .notApplicable ? "Aucun lien interne n'a été suivi."
                             : broken.isEmpty ? "Les \(result.links.count) liens internes suivis fonctionnent."
                             : "\(broken.count) des \(result.links.count) liens internes suivis ne mènent à aucune page.",
                          advice: broken.isEmpty ? nil : "Corrigez ou retirez les liens vers des pages supprimées.")
    }

    func feed() -> SiteCheck {
        let verdict: CheckVerdict = result.feed.map { $0.valid ? .passed : .improvable } ?? .improvable
        return Self.check("feed", verdict: verdict, evidenceURL: result.feed?.url, excerpt: nil,
                          explanation: result.feed == nil ? "Aucun flux d'actualités n'est annoncé."
                             : verdict == .passed ? "Un flux d'actualités RSS ou Atom est publié." : "Le flux annoncé ne se lit pas comme un flux RSS ou Atom.",
                          advice: verdict == .passed ? nil : "Publiez un flux RSS des actualités\u{a0}: partenaires et habitants peuvent s'y abonner.")
    }

    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

    private static func day(_ year: Int?, _ month: Int?, _ day: Int?) -> Date? {
        guard let year, let month, let day, (1990...2100).contains(year) else { return nil }
        // Made and read back in Paris: in the server's zone, Paris's midnight falls on the day before.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              calendar.component(.day, from: date) == day else { return nil }  // 31/02 rolls over: not a date
        return date
    }

    private static func formatter(_ format: String, timeZone: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: timeZone)
        formatter.dateFormat = format
        return formatter
    }
}
