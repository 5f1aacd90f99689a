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

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/", use: search)
        router.get("/publications/{publication}", use: publication)
        router.get("/publications/{publication}/versions/{version}", use: version)
        router.get("/fichiers/{file}", use: download)
    }

    /// `GET /publications/{publication}/versions/{version}`: an earlier text, as it read then.
    @Sendable func version(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
            let desk = PublicationDesk(context: context)
            let publication = try await desk.find(id)
            guard publication.status != .draft, let number = requestContext.parameters.get("version").flatMap(Int.init),
                  let earlier = try await desk.versions(of: id).first(where: { $0.version == number }) else {
                throw Problem.notFound("Cette version de la publication n'existe pas.")
            }
            return renderer.front("publicationVersion", [
                "id": id.description, "title": earlier.title, "summary": earlier.summary, "bodyHTML": earlier.bodyHTML, "licence": earlier.licence,
                "version": earlier.version, "replacedOn": ParisTime.frenchDate(earlier.replacedAt), "current": publication.version,
            ])
        }
    }

    /// `GET /fichiers/{file}`: a published publication's file, any version.
    @Sendable func download(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            guard let text = requestContext.parameters.get("file"), let id = UUID(uuidString: text) else {
                throw Problem.notFound("Aucun fichier ne porte cet identifiant.")
            }
            return try await PublicationFileDesk(context: context).download(id)
        }
    }

    /// `GET /`: the latest publications, or those matching the search.
    @Sendable func search(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
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
    @Sendable func publication(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        try await renderer.refusingAsFrontPage {
            let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
            let publication = try await PublicationDesk(context: context).find(id)
            guard publication.status != .draft else { throw PublicationDesk.notFound }
            var values = Self.values(publication.listing)
            values["bodyHTML"] = publication.bodyHTML
            values["archived"] = publication.status == .archived
            values["themes"] = publication.themes.map { ["code": $0, "label": ProgrammeTheme.label(of: $0)] }
            values["audiences"] = publication.audiences.map { PublicationAudience(rawValue: $0)?.frenchLabel ?? $0 }
            values["files"] = Self.fileValues(try await PublicationFileDesk(context: context).files(of: id))
            values["version"] = publication.version > 1 ? publication.version : nil
            values["updated"] = ParisTime.frenchDate(publication.updatedAt)
            values["versions"] = try await PublicationDesk(context: context).versions(of: id).map {
                ["number": $0.version, "replacedOn": ParisTime.frenchDate($0.replacedAt)]
            }
            return renderer.front("publication", values)
        }
    }

    static func values(_ publication: PublicationSummary) -> [String: Any] {
        var values: [String: Any] = [
            "id": publication.id.description, "title": publication.title, "summary": publication.summary,
            "kind": publication.kind.frenchLabel.capitalizedFirst, "kindCode": publication.kind.rawValue, "licence": publication.licence,
            "authors": publication.authors, "trainingMaterial": publication.trainingMaterial,
        ]
        // Absent, not empty, for a draft: the templates say "publié le" only when there is a date.
        values["date"] = publication.publishedAt.map(ParisTime.frenchDate)
        return values
    }

    /// Each file's latest version, with the older ones reachable beside it.
    static func fileValues(_ files: [PublicationFile]) -> [[String: Any]] {
        Dictionary(grouping: files, by: \.fileName).values.compactMap { versions -> [String: Any]? in
            let sorted = versions.sorted { $0.version > $1.version }
            guard let latest = sorted.first else { return nil }
            return ["id": latest.id.uuidString.lowercased(), "name": latest.fileName, "version": latest.version, "size": Self.size(latest.sizeBytes),
                    "type": DocumentKind.allCases.first { $0.mediaType == latest.mediaType }?.rawValue.uppercased() ?? latest.mediaType,
                    "sha256": latest.sha256, "date": ParisTime.frenchDate(latest.uploadedAt),
                    "older": sorted.dropFirst().map { ["id": $0.id.uuidString.lowercased(), "version": $0.version, "date": ParisTime.frenchDate($0.uploadedAt)] }]
        }.sorted { ($0["name"] as? String ?? "") < ($1["name"] as? String ?? "") }
    }

    /// "12 Ko", "3,4 Mo".
    static func size(_ bytes: Int) -> String {
        bytes < 1024 * 1024 ? "\(max(1, bytes / 1024))\u{00A0}Ko" : String(format: "%.1f", Double(bytes) / 1_048_576).replacingOccurrences(of: ".", with: ",") + "\u{00A0}Mo"
    }

    static func options(_ choices: [(String, String)], selected: String?) -> [[String: Any]] {
        choices.map { ["code": $0.0, "label": $0.1, "selected": $0.0 == selected] }
    }

    private static func joined(_ query: String, page: Int) -> String {
        (query.isEmpty ? "" : query + "&") + "page=\(page)"
    }
}
