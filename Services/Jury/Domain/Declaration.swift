import Foundation
import Model

/// A juror's declaration of interest on one dossier: no conflict, or recusal.
struct Declaration: Sendable, Equatable, Codable {
    var applicationId: ApplicationID
    var memberId: UUID
    /// `true`: the juror recuses themselves, neither sees the dossier nor scores it.
    var conflict: Bool
    var declaredAt: Date
}
