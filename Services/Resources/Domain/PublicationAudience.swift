/// Whom a publication is written for.
enum PublicationAudience: String, Codable, Sendable, CaseIterable {
    case electedOfficials
    case localStaff
    case projectLeads
    case multimediaSector
    case partners

    var frenchLabel: String {
        switch self {
        case .electedOfficials: "Élus"
        case .localStaff: "Agents des collectivités"
        case .projectLeads: "Chefs de projet"
        case .multimediaSector: "Filière multimédia"
        case .partners: "Partenaires et relais"
        }
    }
}
