/// What a check concluded.
enum CheckVerdict: String, Codable, Sendable {
    case passed = "reussi"
    case improvable = "a_ameliorer"
    case failed = "echec"
    /// The check could not apply (no form to label, site not read…); it does not count.
    case notApplicable = "sans_objet"

    var label: String {
        switch self {
        case .passed: "Réussi"
        case .improvable: "À améliorer"
        case .failed: "Échec"
        case .notApplicable: "Sans objet"
        }
    }

    /// Its weight in a score out of 100.
    var points: Double? {
        switch self {
        case .passed: 1
        case .improvable: 0.5
        case .failed: 0
        case .notApplicable: nil
        }
    }
}
