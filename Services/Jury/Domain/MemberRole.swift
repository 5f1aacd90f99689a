import StaffAccess

/// What a jury account may do.
enum MemberRole: String, AccountRole {
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
