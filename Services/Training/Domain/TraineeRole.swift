/// What a trainee does in their collectivité: an elected mandate, or a post in its services.
enum TraineeRole: String, Codable, Sendable, CaseIterable {
    case mayor
    case deputyMayor
    case municipalCouncillor
    case communityCouncillor
    case generalSecretary
    case townClerk
    case technician
    case other

    /// Whether the person holds a mandate: only they count towards the 1,000 elected officials.
    var isElected: Bool {
        switch self {
        case .mayor, .deputyMayor, .municipalCouncillor, .communityCouncillor: true
        case .generalSecretary, .townClerk, .technician, .other: false
        }
    }

    var frenchLabel: String {
        switch self {
        case .mayor: "Maire"
        case .deputyMayor: "Adjoint au maire"
        case .municipalCouncillor: "Conseiller municipal"
        case .communityCouncillor: "Conseiller communautaire"
        case .generalSecretary: "Directeur général des services"
        case .townClerk: "Secrétaire de mairie"
        case .technician: "Technicien"
        case .other: "Autre fonction"
        }
    }
}
