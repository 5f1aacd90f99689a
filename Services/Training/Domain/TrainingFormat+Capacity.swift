import Model

extension TrainingFormat {
    /// The places a new session of this format offers unless staff say otherwise.
    var defaultCapacity: Int {
        switch self {
        case .knowledgeBuffet: 50
        case .projectWorkshop: 15
        case .awarenessSeminar: 80
        }
    }

    /// Below this many confirmed a week before it starts, a workshop is at risk.
    var minimumConfirmed: Int? { self == .projectWorkshop ? 10 : nil }
}
