/// What an account may do.
enum Role: String, Codable, Sendable, CaseIterable {
    /// A collectivité's account: its own dossiers only.
    case applicant
    /// Staff who check dossiers.
    case instructor
    /// Staff who also manage calls and accounts.
    case admin

    var isStaff: Bool { self != .applicant }

    var frenchLabel: String {
        switch self {
        case .applicant: "candidat"
        case .instructor: "instructeur"
        case .admin: "administrateur"
        }
    }
}
