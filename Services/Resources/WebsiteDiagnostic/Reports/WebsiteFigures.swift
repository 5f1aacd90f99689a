/// What the diagnostics say of the collectivités' websites, each site counted by its latest
/// scored report: shares with HTTPS, with an accessibility statement, with online services,
/// and the median score, overall, by département and by population band.
struct WebsiteFigures: Codable, Sendable, Equatable {
    struct Line: Codable, Sendable, Equatable {
        var code: String
        var label: String
        var sites: Int
        /// Percentages of the line's sites.
        var httpsShare: Int
        var accessibilityStatementShare: Int
        var onlineServicesShare: Int
        var medianScore: Int
    }

    /// Every site diagnosed in scope (its code `ensemble`).
    var overall: Line
    var byDepartment: [Line]
    var byPopulation: [Line]

    /// The population bands, smallest first: (code, label, lower bound).
    static let bands: [(code: String, label: String, from: Int)] = [
        ("0", "Moins de 1\u{202f}000 habitants", 0), ("1000", "De 1\u{202f}000 à 4\u{202f}999 habitants", 1_000),
        ("5000", "De 5\u{202f}000 à 19\u{202f}999 habitants", 5_000), ("20000", "20\u{202f}000 habitants et plus", 20_000),
    ]
}
