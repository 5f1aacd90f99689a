import Model

/// What the jury knows of a call, from `CallPublished`, and what its decisions have used.
struct CallRules: Sendable, Equatable, Codable {
    var callId: CallID
    var action: FundingAction
    var title: String
    var maxBeneficiaries: Int
    /// Innovation grant: the funding rule that caps an amount.
    var subsidyRule: SubsidyRule?
    /// Consulting aid: the default consulting days granted.
    var consultingDays: Int?
    /// The selection criteria, each scored 0 to 5.
    var criteria: [String]
    var budgetEnvelope: Money?
    var selectedCount: Int
    var granted: Money

    var placesLeft: Int { maxBeneficiaries - selectedCount }
    var budgetLeft: Money? { budgetEnvelope.flatMap { $0.subtracting(granted) } }

    /// The criterion pre-filled from the priority target (the first about size).
    var sizeCriterion: Int? {
        criteria.firstIndex { $0.lowercased().hasPrefix("taille") }
    }
}
