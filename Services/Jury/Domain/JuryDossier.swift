import Foundation
import Model

/// A dossier as the jury knows it, from `applications.v1` only.
struct JuryDossier: Sendable, Equatable, Codable {
    var applicationId: ApplicationID
    var reference: String
    var callId: CallID
    var applicantName: String
    var applicantKind: String
    var department: String
    var population: Int
    var priorityTarget: Bool
    var projectTitle: String
    var theme: String
    var eligibleCost: Money?
    var requestedSubsidy: Money?
    var submittedAt: Date
}
