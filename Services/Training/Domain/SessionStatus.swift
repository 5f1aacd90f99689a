/// Where a session stands. "Full" is not stored: an open session whose places are all taken.
enum SessionStatus: String, Codable, Sendable, CaseIterable {
    /// Being prepared: not in the catalogue.
    case draft
    /// In the catalogue, taking registrations.
    case open
    /// Took place; attendance is recorded.
    case held
    /// Called off; every registrant was told why.
    case cancelled

    var frenchLabel: String {
        switch self {
        case .draft: "brouillon"
        case .open: "ouverte"
        case .held: "tenue"
        case .cancelled: "annulée"
        }
    }
}
