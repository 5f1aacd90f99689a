import Events
import Foundation
import Model
import ServiceKit
import StaffAccess

/// The resource centre's operations in `/openapi.json`, their schemas inferred from the types
/// the handlers encode and decode.
enum ResourcesAPI {
    typealias Response = OpenAPIDocument.Response
    typealias Schema = OpenAPIDocument.Schema

    static let enums: [String: [String]] = [
        "kind": PublicationKind.allCases.map(\.rawValue), "status": PublicationStatus.allCases.map(\.rawValue),
        "audiences": PublicationAudience.allCases.map(\.rawValue),
    ]

    static let publicationId = PublicationID(UUID(uuidString: "0e000000-0000-4000-8000-000000000001")!)
    static let instant = ParisTime.instant(LocalDate(year: 2006, month: 12, day: 1), hour: 10)

    static func publication(full: Bool) -> Publication {
        Publication(
            id: publicationId, kind: .guide, title: "Les TIC pour les intercommunalités", summary: "Guide 2006 du centre de ressources.",
            body: "## Pourquoi\nUn *guide* pratique.", bodyHTML: "<h2>Pourquoi</h2><p>Un <em>guide</em> pratique.</p>",
            themes: full ? ["outils-collaboratifs"] : [], audiences: full ? ["electedOfficials"] : [], authors: full ? ["ARDESI"] : [],
            licence: Publication.defaultLicence, trainingMaterial: false, trainingSessionId: full ? TrainingSessionID(UUID(uuidString: "0e000000-0000-4000-8000-000000000002")!) : nil,
            status: full ? .published : .draft, createdAt: instant, updatedAt: instant, publishedAt: full ? instant : nil)
    }

    static let form = PublicationForm(kind: .guide, title: "Les TIC pour les intercommunalités", summary: "Guide 2006.", body: "## Pourquoi",
                                      themes: ["outils-collaboratifs"], audiences: [.electedOfficials], authors: ["ARDESI"],
                                      licence: Publication.defaultLicence, trainingMaterial: false, trainingSessionId: nil)

    static let results = SearchResults(
        total: 1, page: 1, pageSize: PublicationSearch.pageSize,
        hits: [SearchResults.Hit(publication: publication(full: true).listing, excerpt: "Un <mark>guide</mark> pratique.")],
        facets: ["type": [SearchResults.FacetValue(value: "guide", label: "guide", count: 1)]])
    static let emptyResults = SearchResults(total: 0, page: 1, pageSize: PublicationSearch.pageSize,
                                            hits: [SearchResults.Hit(publication: publication(full: false).listing, excerpt: nil)], facets: [:])

    static let searchParameters = [
        OpenAPIDocument.Parameter(query: "q", description: "Mots cherchés (français, sans tenir compte des accents)", schema: .printableString()),
        OpenAPIDocument.Parameter(query: "type", description: "Type de publication", schema: .string(enumeration: PublicationKind.allCases.map(\.rawValue))),
        OpenAPIDocument.Parameter(query: "theme", description: "Code du thème", schema: .printableString()),
        OpenAPIDocument.Parameter(query: "public", description: "Public", schema: .string(enumeration: PublicationAudience.allCases.map(\.rawValue))),
        OpenAPIDocument.Parameter(query: "annee", description: "Année de publication", schema: .integer(minimum: 2000, maximum: 2100)),
        OpenAPIDocument.Parameter(query: "page", description: "Page de résultats (20 par page)", schema: .integer(minimum: 1, maximum: 1000)),
    ]

    static let publicationSchema = Schema.inferred(from: [publication(full: true), publication(full: false)], enums: enums)
    static let publicationResponse = Response(description: "Publication", schema: publicationSchema, example: .encoding(publication(full: true)))
    static let publicationBody = OpenAPIDocument.RequestBody.inferred(from: [form, PublicationForm()], enums: enums)

    static let paths: [String: [String: OpenAPIDocument.Operation]] = OpenAPIDocument.accessPaths(roles: StaffRole.allCases.map(\.rawValue)).merging([
        "/api/publications": [
            "get": OpenAPIDocument.operation(
                "searchPublications", "Recherche dans les publications (titre, résumé, texte), avec extraits et facettes ; sans mots, les plus récentes.",
                tag: "publications", parameters: searchParameters,
                Response(description: "Résultats", schema: .inferred(from: [results, emptyResults], enums: enums), example: .encoding(results)),
                security: []),
            "post": OpenAPIDocument.operation("createPublication", "Crée une publication en brouillon (équipe).", tag: "publications",
                                              body: publicationBody, success: "201", publicationResponse),
        ],
        "/api/publications/{publication}": [
            "get": OpenAPIDocument.operation("getPublication", "Une publication (les brouillons pour l'équipe seulement).", tag: "publications",
                                             publicationResponse, security: []),
            "put": OpenAPIDocument.operation("editPublication", "Modifie une publication (équipe).", tag: "publications", body: publicationBody,
                                             publicationResponse),
        ],
        "/api/publications/{publication}/publish": ["post": OpenAPIDocument.operation(
            "publishPublication", "Publie une publication ; les autres services en sont informés (équipe).", tag: "publications", publicationResponse)],
        "/api/publications/{publication}/archive": ["post": OpenAPIDocument.operation(
            "archivePublication", "Archive une publication : elle quitte les listes et les flux, sa page reste accessible (équipe).",
            tag: "publications", publicationResponse)],
    ]) { _, own in own }.merging(indicatorPaths) { _, own in own }.merging(advicePaths) { _, own in own }
        .merging(diagnosticPaths) { _, own in own }.merging(filePaths) { _, own in own }.merging(websitePaths) { _, own in own }
}
