/// The kinds of training sessions (Action 1 of the brochure): its two formats and the awareness seminars.
public enum TrainingFormat: String, CaseIterable, Codable, Sendable {
    /// "Buffet des savoirs": about 50 participants, a cross-cutting e-administration theme.
    case knowledgeBuffet
    /// "Atelier de projet": 10 to 15 people, a focused theme.
    case projectWorkshop
    /// "Séminaire de sensibilisation", organised for one of the programme's three audiences.
    case awarenessSeminar

    public var frenchLabel: String {
        switch self {
        case .knowledgeBuffet: "Buffet des savoirs"
        case .projectWorkshop: "Atelier de projet"
        case .awarenessSeminar: "Séminaire de sensibilisation"
        }
    }
}
