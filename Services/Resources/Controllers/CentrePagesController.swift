import Events
import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit

/// The centre's public pages: the search of the publications, with its facets and feed, and
/// each publication's page (an archived one stays reachable). No account.
struct CentrePagesController: Sendable {
    let context: ResourcesContext
    let renderer: ResourcesPageRenderer

    func addRoutes(to router: some RouterMethods<BasicRequestContext>) {
        router.get("/", use: search)
        router.get("/publications/{publication}", use: publication)
    }

    /// `GET /`: the latest publications, or those matching the search.
    @Sendable func search(_ request: Request, context requestContext: BasicRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let search = try PublicationSearch(request, emptyMeansAll: true)
            let results = try await context.search(search)
            let query = search.queryString
            func link(_ change: (inout PublicationSearch) -> Void) -> String {
                var other = search
                other.page = 1
                change(&other)
                return "/?" + other.queryString
            }
            let facetNames = [("type", "Type"), ("theme", "Thème"), ("public", "Public"), ("annee", "Année")]
            let facets = facetNames.compactMap { key, name -> [String: Any]? in
                guard let values = results.facets[key], !values.isEmpty else { return nil }
                return ["name": name, "values": values.map { value -> [String: Any] in
                    ["label": value.label.capitalizedFirst, "count": value.count, "link": link { search in
                        switch key {
                        case "type": search.kind = PublicationKind(rawValue: value.value)
                        case "theme": search.theme = value.value
                        case "public": search.audience = PublicationAudience(rawValue: value.value)
                        default: search.year = Int(value.value)
                        }
                    }]
                }]
            }
            var values: [String: Any] = [
                "search": ["words": search.words], "year": search.year.map(String.init) ?? "", "total": results.total,
                "plural": results.total > 1 ? "s" : "", "facets": facets, "embed": "\(context.publicURL)/integrer", "feed": "/flux.atom" + (query.isEmpty ? "" : "?" + query),
                "hits": results.hits.map { hit -> [String: Any] in
                    var values = Self.values(hit.publication)
                    values["excerpt"] = hit.excerpt
                    return values
                },
                "kinds": Self.options(PublicationKind.allCases.map { ($0.rawValue, $0.frenchLabel.capitalizedFirst) }, selected: search.kind?.rawValue),
                "themes": Self.options(ProgrammeTheme.brochure.map { ($0.code, $0.label) }, selected: search.theme),
                "audiences": Self.options(PublicationAudience.allCases.map { ($0.rawValue, $0.frenchLabel) }, selected: search.audience?.rawValue),
            ]
            let pages = (results.total + PublicationSearch.pageSize - 1) / PublicationSearch.pageSize
            if search.page > 1 { values["previous"] = "/?" + Self.joined(query, page: search.page - 1) }
            if search.page < pages { values["next"] = "/?" + Self.joined(query, page: search.page + 1) }
            return renderer.front("search", values)
        }
    }

    /// `GET /publications/{publication}`: its text, its metadata and its licence.
    @Sendable func publication(_ request: Request, context requestContext: BasicRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
            let publication = try await PublicationDesk(context: context).find(id)
            guard publication.status != .draft else { throw PublicationDesk.notFound }
            var values = Self.values(publication.listing)
            values["bodyHTML"] = publication.bodyHTML
            values["archived"] = publication.status == .archived
            values["themes"] = publication.themes.map { ["code": $0, "label": ProgrammeTheme.label(of: $0)] }
            values["audiences"] = publication.audiences.map { PublicationAudience(rawValue: $0)?.frenchLabel ?? $0 }
            return renderer.front("publication", values)
        }
    }

    static func values(_ publication: PublicationSummary) -> [String: Any] {
        ["id": publication.id.description, "title": publication.title, "summary": publication.summary,
         "kind": publication.kind.frenchLabel.capitalizedFirst, "kindCode": publication.kind.rawValue,
         "date": publication.publishedAt.map(ParisTime.frenchDate) ?? "", "licence": publication.licence, "authors": publication.authors,
         "trainingMaterial": publication.trainingMaterial]
    }

    static func options(_ choices: [(String, String)], selected: String?) -> [[String: Any]] {
        choices.map { ["code": $0.0, "label": $0.1, "selected": $0.0 == selected] }
    }

    private static func joined(_ query: String, page: Int) -> String {
        (query.isEmpty ? "" : query + "&") + "page=\(page)"
    }
}
