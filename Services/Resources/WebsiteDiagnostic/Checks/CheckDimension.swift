/// The parts of a site the report scores separately.
enum CheckDimension: String, Codable, Sendable, CaseIterable {
    case access = "acces"
    case performance
    case quality = "qualite"
    case accessibility = "accessibilite"
    case mobile
    case obligations
    case services
    case life = "vie"

    var label: String {
        switch self {
        case .access: "Accès et sécurité"
        case .performance: "Rapidité"
        case .quality: "Qualité des pages"
        case .accessibility: "Accessibilité"
        case .mobile: "Mobile"
        case .obligations: "Obligations légales"
        case .services: "Contact et services en ligne"
        case .life: "Vie du site"
        }
    }
}
