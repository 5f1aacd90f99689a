import Foundation

/// The programme's figures, for a year and a département or for all: dossiers, selections
/// against each call's cap, amounts, and training against the 1,000 elected officials.
/// Codable as the JSON download and as a frozen annual diagnostic.
struct ProgrammeIndicators: Codable, Sendable, Equatable {
    /// A count under a code and its French label.
    struct Count: Codable, Sendable, Equatable {
        var code: String
        var label: String
        var count: Int
    }

    /// One call for applications: its dossiers and its selections against its cap.
    struct CallLine: Codable, Sendable, Equatable {
        var callId: UUID
        var title: String
        var action: String
        var year: Int
        var maxBeneficiaries: Int
        var dossiers: Int
        var selected: Int
    }

    /// A département's or a year's figures.
    struct Line: Codable, Sendable, Equatable {
        var code: String
        var label: String
        var dossiers: Int
        var selected: Int
        var requestedCents: Int
        var grantedCents: Int
        var sessionsHeld: Int
        var registrations: Int
        var electedTrained: Int
    }

    /// The programme's objective of elected officials trained.
    static let electedObjective = 1_000

    var year: Int?
    var department: String?
    var dossiers: Int
    var priorityTargetDossiers: Int
    var requestedCents: Int
    var grantedCents: Int
    var byStatus: [Count]
    var byCall: [CallLine]
    var sessionsHeld: Int
    var registrations: Int
    var electedTrained: Int
    var electedObjective: Int
    var byDepartment: [Line]
    var byYear: [Line]
    /// The collectivités' websites as diagnosed; absent when none is (and from diagnostics frozen before).
    var websites: WebsiteFigures?
}
