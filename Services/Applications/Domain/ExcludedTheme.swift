import Foundation

/// A theme a call does not fund (e.g. digitising the land register), recognised by keywords
/// in a dossier's theme or title, whatever their case or accents.
struct ExcludedTheme: Codable, Sendable, Equatable {
    /// The French label shown to applicants.
    var label: String
    /// Words or phrases that identify the theme, matched as whole words.
    var keywords: [String]

    func matches(_ text: String) -> Bool {
        let words = " " + Self.fold(text) + " "
        return keywords.contains { words.contains(" " + Self.fold($0) + " ") }
    }

    /// Lower case, no accents, every non-alphanumeric character a single space.
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR")).lowercased()
        let spaced = folded.map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }
}
