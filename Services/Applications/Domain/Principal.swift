import Foundation
import Model
import StaffAccess

/// The account behind a request: an applicant's, an instructor's or an administrator's.
typealias Principal = Account<Role>

extension Principal {
    /// Set for applicants' accounts: the collectivité they act for.
    var applicantId: ApplicantID? { organisationId.map(ApplicantID.init) }

    /// How the dossier history names the actor: the address, which the applicant recognises.
    var historyLabel: String { "\(email) (\(role.frenchLabel))" }

    /// Whether this account may see or act on a dossier of `applicant`.
    func mayAccess(applicant: ApplicantID) -> Bool {
        role.isStaff || applicantId == applicant
    }
}
