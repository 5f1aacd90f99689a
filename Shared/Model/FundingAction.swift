/// The two calls of the programme that fund projects (Actions 2 and 3 of the brochure).
public enum FundingAction: String, CaseIterable, Codable, Sendable {
    /// Action 2, "aide au conseil": about seven days of consulting, fully funded.
    case consultingAid
    /// Action 3, "soutien aux projets innovants": 80 % of eligible costs, capped at 50,000 EUR.
    case innovationGrant

    public var frenchLabel: String {
        switch self {
        case .consultingAid: "Aide au conseil"
        case .innovationGrant: "Soutien aux projets innovants"
        }
    }

    /// The prefix of dossier references, e.g. `AC-2026-0042`.
    public var referencePrefix: String {
        switch self {
        case .consultingAid: "AC"
        case .innovationGrant: "PI"
        }
    }
}
