import StaffAccess

/// What an account may do.
enum Role: String, AccountRole {
    /// A collectivité's account: its own dossiers only.
    case applicant
    /// Staff who check dossiers.
    case instructor
    /// Staff who also manage calls and accounts.
    case admin

    /// The programme's team: the back office's roles.
    static let staff: Set<Role> = [.instructor, .admin]

    var isStaff: Bool { Self.staff.contains(self) }

    var actsForOrganisation: Bool { self == .applicant }

    var frenchLabel: String {
        switch self {
        case .applicant: "candidat"
        case .instructor: "instructeur"
        case .admin: "administrateur"
        }
    }
}
