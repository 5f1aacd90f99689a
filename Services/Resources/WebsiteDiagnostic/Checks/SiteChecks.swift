import Foundation

/// Judges what a crawl found, check by check. A site that could not be read has every check but
/// the first "sans objet": nothing is scored on a page never seen.
struct SiteChecks: Sendable {
    let result: CrawlResult
    let now: Date

    func all() -> [SiteCheck] {
        guard let homepage = result.homepage, let document = homepage.document else {
            return [reachable()] + Self.catalogue.dropFirst().map { notRead($0.id) }
        }
        return [reachable(), https(), httpsRedirect(), responseTime(homepage), pageWeight(homepage),
                language(homepage, document), title(homepage, document), metaDescription(homepage, document), headings(homepage, document),
                imageAlternatives(), formLabels(), skipLink(homepage, document), viewport(homepage, document),
                legalNotice(), accessibilityStatement(), contact(), onlineServices(),
                freshness(homepage), brokenLinks(), feed()]
    }

    /// Every check, in the report's order: its id, its theme and its title, written once here.
    static let catalogue: [(id: String, dimension: CheckDimension, title: String)] = [
        ("reachable", .access, "Site joignable"),
        ("https", .access, "HTTPS et certificat"), ("https_redirect", .access, "Redirection de http vers https"),
        ("response_time", .performance, "Temps de réponse"), ("page_weight", .performance, "Poids de la page d'accueil"),
        ("lang", .quality, "Langue déclarée"), ("title", .quality, "Titre de la page"), ("meta_description", .quality, "Description"),
        ("headings", .quality, "Structure des titres"), ("image_alt", .accessibility, "Alternatives textuelles des images"),
        ("form_labels", .accessibility, "Étiquettes des champs de formulaire"), ("skip_link", .accessibility, "Lien d'évitement"),
        ("viewport", .mobile, "Affichage sur mobile"), ("legal_notice", .obligations, "Mentions légales"),
        ("accessibility_statement", .obligations, "Déclaration d'accessibilité"), ("contact", .services, "Coordonnées"),
        ("online_services", .services, "Services en ligne"), ("freshness", .life, "Fraîcheur des contenus"),
        ("broken_links", .life, "Liens internes cassés"), ("feed", .life, "Flux RSS ou Atom"),
    ]

    /// A check of the catalogue with what was found.
    static func check(_ id: String, verdict: CheckVerdict, evidenceURL: String?, excerpt: String?, explanation: String,
                      advice: String?) -> SiteCheck {
        // Every id is the catalogue's: a missing one is a programming error every test run meets.
        let entry = catalogue.first { $0.id == id }!
        return SiteCheck(id: id, dimension: entry.dimension, title: entry.title, verdict: verdict, evidenceURL: evidenceURL, excerpt: excerpt,
                         explanation: explanation, advice: advice)
    }

    private func notRead(_ id: String) -> SiteCheck {
        Self.check(id, verdict: .notApplicable, evidenceURL: nil, excerpt: nil,
                   explanation: result.forbiddenByRobots ? "Le fichier robots.txt du site demande aux robots de ne pas le consulter\u{a0}: l'outil a respecté ce choix."
                                                          : "Le site n'a pas pu être consulté.",
                   advice: nil)
    }

    /// The pages whose link text or address contains one of the words, best first.
    func pages(about words: [String]) -> [FetchedPage] {
        result.allPages.filter { page in
            let haystack = (page.linkText + " " + page.url.path.replacingOccurrences(of: "-", with: " ")).lowercased()
            return words.contains { haystack.contains($0) }
        }
    }

    /// An element as the report quotes it: its name and telling attributes, briefly.
    static func quote(_ element: HTMLElement) -> String {
        let shown = ["id", "name", "type", "src", "href", "content", "lang"].compactMap { key in element[key].map { "\(key)=\"\($0.prefix(60))\"" } }
        return "<\(([element.name] + shown).joined(separator: " "))>"
    }

    static func shorten(_ text: String, _ length: Int = 160) -> String {
        text.count > length ? String(text.prefix(length)) + "…" : text
    }
}
