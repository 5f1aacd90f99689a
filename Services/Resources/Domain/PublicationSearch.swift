import Events
import Foundation
import Hummingbird
import ServiceKit

/// A search of the published productions, from a query string: words (`q`), kind (`type`),
/// theme, audience (`public`), year (`annee`) and page.
struct PublicationSearch: Sendable, Equatable {
    var words = ""
    var kind: PublicationKind?
    var theme: String?
    var audience: PublicationAudience?
    var year: Int?
    var page = 1

    static let pageSize = 20

    init() {}

    /// - Parameter emptyMeansAll: a field left empty does not filter (the pages' search form
    ///   sends them all); the API refuses an empty value like any other it does not know.
    init(_ parameter: (String) -> String?, emptyMeansAll: Bool) throws {
        func value(_ name: String) -> String? { parameter(name).flatMap { $0.isEmpty && emptyMeansAll ? nil : $0 } }
        words = (value("q") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if words.count > 200 { throw Problem.invalid([FieldError(field: "q", message: "La recherche ne doit pas dépasser 200 caractères.")]) }
        if let kind = value("type") {
            guard let known = PublicationKind(rawValue: kind) else {
                throw Problem.invalid([FieldError(field: "type", message: "Ce type de publication n'existe pas.")])
            }
            self.kind = known
        }
        theme = value("theme")
        if let audience = value("public") {
            guard let known = PublicationAudience(rawValue: audience) else {
                throw Problem.invalid([FieldError(field: "public", message: "Ce public n'existe pas.")])
            }
            self.audience = known
        }
        if let year = value("annee") {
            guard let number = Int(year), (2000...2100).contains(number) else {
                throw Problem.invalid([FieldError(field: "annee", message: "L'année doit s'écrire sur quatre chiffres.")])
            }
            self.year = number
        }
        if let page = value("page") {
            guard let number = Int(page), (1...1000).contains(number) else {
                throw Problem.invalid([FieldError(field: "page", message: "La page doit être un nombre entre 1 et 1 000.")])
            }
            self.page = number
        }
    }

    init(_ request: Request, emptyMeansAll: Bool) throws {
        let query = request.formQuery
        try self.init({ query[$0] }, emptyMeansAll: emptyMeansAll)
    }

    /// The same search as a query string (for the pages' links and the feeds), without its page.
    var queryString: String {
        var items: [URLQueryItem] = []
        if !words.isEmpty { items.append(URLQueryItem(name: "q", value: words)) }
        if let kind { items.append(URLQueryItem(name: "type", value: kind.rawValue)) }
        if let theme { items.append(URLQueryItem(name: "theme", value: theme)) }
        if let audience { items.append(URLQueryItem(name: "public", value: audience.rawValue)) }
        if let year { items.append(URLQueryItem(name: "annee", value: String(year))) }
        var components = URLComponents()
        components.queryItems = items
        return components.percentEncodedQuery ?? ""
    }
}
