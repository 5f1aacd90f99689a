/// What a jury account may do.
enum MemberRole: String, Codable, Sendable, CaseIterable {
    /// The programme's staff: schedule and close sittings, record decisions, read minutes.
    case staff
    /// A juror: sees the sittings they belong to, declares interests, scores.
    case juror

    var frenchLabel: String {
        switch self {
        case .staff: "équipe du programme"
        case .juror: "juré"
        }
    }
}
