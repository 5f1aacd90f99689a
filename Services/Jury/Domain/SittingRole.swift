/// A member's place in one sitting.
enum SittingRole: String, Codable, Sendable, CaseIterable {
    /// Presides and may record the sitting's decisions.
    case chair
    case member

    var frenchLabel: String {
        switch self {
        case .chair: "président"
        case .member: "membre"
        }
    }
}
