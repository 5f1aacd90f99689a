import Foundation
import Hummingbird
import ServiceKit

/// `/flux.atom`: the latest publications as an Atom feed, for every search the pages offer
/// (`?type=guide`, `?theme=tourisme`, `?q=numérique`…), each entry with its licence.
struct FeedController: Sendable {
    let context: ResourcesContext

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/flux.atom", use: feed)
    }

    @Sendable func feed(_ request: Request, context requestContext: PlatformRequestContext) async throws -> Response {
        let search = try PublicationSearch(request, emptyMeansAll: true)
        let results = try await context.search(search)
        let query = search.queryString.isEmpty ? "" : "?" + search.queryString
        let feed = AtomFeed(
            id: "\(context.publicURL)/flux.atom\(query)", title: "Centre de ressources Internet Public et Citoyen",
            selfURL: "\(context.publicURL)/flux.atom\(query)", siteURL: "\(context.publicURL)/\(query)",
            entries: results.hits.map { ($0.publication, context.url(of: $0.publication)) }, now: context.clock())
        var headers = HTTPFields()
        headers[.contentType] = "application/atom+xml; charset=utf-8"
        headers[.accessControlAllowOrigin] = "*"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: feed.xml)))
    }
}
