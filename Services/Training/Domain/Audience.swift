/// Whom a session is organised for: the brochure's three audiences.
enum Audience: String, Codable, Sendable, CaseIterable {
    case electedOfficials
    case projectLeads
    case multimediaSector

    var frenchLabel: String {
        switch self {
        case .electedOfficials: "Élus"
        case .projectLeads: "Chefs de projet des communes et intercommunalités"
        case .multimediaSector: "Filière multimédia"
        }
    }
}
