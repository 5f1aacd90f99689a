/// Why the crawler would not, or could not, fetch an address.
enum CrawlRefusal: Error, Sendable, Equatable {
    case unknownHost(String)
    /// The host resolves (or is) an address the policy refuses.
    case privateAddress(host: String, address: String)
    case unsupportedScheme(String)
    case forbiddenByRobots(String)
    case redirectLoop(String)
    case tooManyRedirects(String)
    case siteBudgetExhausted
    case siteTimeLimit

    /// The French sentence a report shows.
    var explanation: String {
        switch self {
        case .unknownHost(let host): "Le nom «\u{a0}\(host)\u{a0}» ne correspond à aucune adresse."
        case .privateAddress(let host, let address):
            "«\u{a0}\(host)\u{a0}» mène à une adresse privée ou réservée (\(address))\u{a0}: l'outil de diagnostic ne s'y connecte pas."
        case .unsupportedScheme(let url): "L'adresse «\u{a0}\(url)\u{a0}» n'est ni en http ni en https."
        case .forbiddenByRobots(let url): "Le fichier robots.txt du site interdit de consulter «\u{a0}\(url)\u{a0}»."
        case .redirectLoop(let url): "Les redirections tournent en boucle (de nouveau vers «\u{a0}\(url)\u{a0}»)."
        case .tooManyRedirects(let url): "Trop de redirections successives à partir de «\u{a0}\(url)\u{a0}»."
        case .siteBudgetExhausted: "Le volume maximal lu pour un site est atteint."
        case .siteTimeLimit: "Le temps maximal consacré à un site est écoulé."
        }
    }
}
