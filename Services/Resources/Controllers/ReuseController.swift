import Foundation
import Hummingbird
import Model
import PageKit
import ServiceKit

/// What partners reuse beyond the API and the feeds: the catalogue as CSV and as DCAT-AP
/// JSON-LD, and the latest publications to embed, as an HTML snippet or a page for an iframe.
struct ReuseController: Sendable {
    let context: ResourcesContext

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/catalogue.csv", use: csv)
        router.get("/catalogue.jsonld", use: dcat)
        router.get("/integrer", use: embeddedPage)
        router.get("/integrer.html", use: snippet)
    }

    @Sendable func csv(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let all = try await published()
        return SpreadsheetCSV.response(CatalogueExport.rows(all, url: context.url(of:)), fileName: "catalogue-centre-de-ressources.csv")
    }

    @Sendable func dcat(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let data = try CatalogueExport.dcat(try await published(), catalogueURL: "\(context.publicURL)/catalogue.jsonld", url: context.url(of:))
        var headers = HTTPFields()
        headers[.contentType] = "application/ld+json; charset=utf-8"
        headers[.accessControlAllowOrigin] = "*"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `GET /integrer`: a page of its own for an iframe (`?nombre=` and the search's parameters).
    @Sendable func embeddedPage(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let list = try await latest(request)
        var response = PageResponses.html("""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Dernières publications — Centre de ressources Internet Public et Citoyen</title>
            <style>body { font-family: sans-serif; margin: .5rem; color: #1b1b1b; } a { color: #6b2f6e; } li { margin: .3rem 0; }</style>
            </head><body><main>\(list)</main></body></html>
            """)
        // Made for partners' pages: any site may frame it.
        response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<PlatformRequestContext>.pagePolicy
            .replacingOccurrences(of: "frame-ancestors 'none'", with: "frame-ancestors *")
        return response
    }

    /// `GET /integrer.html`: the same list as an HTML fragment, for a partner's page to include.
    @Sendable func snippet(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        var response = PageResponses.html(try await latest(request))
        response.headers[.accessControlAllowOrigin] = "*"
        return response
    }

    /// The latest publications matching the request's search, as a list whose links open in the whole window.
    private func latest(_ request: Request) async throws -> String {
        let count = request.formQuery["nombre"].flatMap(Int.init).map { min(max($0, 1), 20) } ?? 5
        let search = try PublicationSearch(request, emptyMeansAll: true)
        let results = try await context.search(search)
        let items = results.hits.prefix(count).map { hit in
            let publication = hit.publication
            let date = publication.publishedAt.map { ", " + ParisTime.frenchDate($0) } ?? ""
            return "<li><a href=\"\(context.url(of: publication).markupEscaped)\" target=\"_top\">\(publication.title.markupEscaped)</a>"
                + " <small>(\(publication.kind.frenchLabel.markupEscaped)\(date))</small></li>"
        }
        return """
            <section class="ipc-publications" aria-label="Dernières publications du centre de ressources Internet Public et Citoyen">
            <h2>Dernières publications du centre de ressources</h2>
            <ul>\(items.joined())</ul>
            <p><a href="\(context.publicURL.markupEscaped)/" target="_top">Toutes les publications</a> — réutilisables selon leur licence.</p>
            </section>
            """
    }

    private func published() async throws -> [PublicationSummary] {
        try await context.database.withConnection { try await PublicationRepository(logger: context.logger).published(on: $0) }
    }
}
