import Foundation
import Model

/// A dossier of a sitting's agenda with its score, as the ranking orders it.
struct RankedDossier: Sendable, Equatable, Codable {
    var applicationId: ApplicationID
    var reference: String
    var applicantName: String
    var callId: CallID
    var priorityTarget: Bool
    var submittedAt: Date
    /// The mean, over the jurors who did not recuse themselves and scored, of their totals.
    var score: Double?
    /// Each criterion's mean over the same jurors.
    var criterionMeans: [Double]
    var rank: Int = 0
}
