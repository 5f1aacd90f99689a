import Foundation
import Model

/// The procès-verbal of a sitting: who sat, who declared what, scores, ranking, decisions,
/// and the places and budget left per call.
struct Minutes: Sendable, Codable {
    struct DeclarationLine: Sendable, Codable, Equatable {
        var reference: String
        var member: String
        var conflict: Bool
    }

    struct Line: Sendable, Codable, Equatable {
        var dossier: RankedDossier
        var decision: Decision?
    }

    struct CallBalance: Sendable, Codable, Equatable {
        var callId: CallID
        var title: String
        var criteria: [String]
        var placesLeft: Int
        var budgetLeft: Money?
    }

    var sitting: Sitting
    var quorumReached: Bool
    var declarations: [DeclarationLine]
    var ranking: [Line]
    var calls: [CallBalance]
}
