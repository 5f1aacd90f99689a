import Foundation
import Model

/// The authenticated account behind a request.
struct Principal: Sendable, Equatable {
    var accountId: UUID
    var email: String
    var displayName: String
    var role: Role
    /// Set for applicants' accounts: the collectivité they act for.
    var applicantId: ApplicantID?

    /// How the dossier history names the actor.
    var actorLabel: String { "\(email) (\(role.frenchLabel))" }

    /// Whether this account may see or act on a dossier of `applicant`.
    func mayAccess(applicant: ApplicantID) -> Bool {
        role.isStaff || applicantId == applicant
    }
}
