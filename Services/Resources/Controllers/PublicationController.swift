import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// `/api/publications`: the search and the publications for everyone, partner sites included
/// (CORS, any origin, no credentials); drafting, publishing and archiving for staff.
struct PublicationController: Sendable {
    let context: ResourcesContext
    private var desk: PublicationDesk { PublicationDesk(context: context) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        let api = router.group("/api/publications")
            .add(middleware: CORSMiddleware<PlatformRequestContext>(allowOrigin: .all, allowMethods: [.get, .head]))
        api.get(use: search)
        api.post(use: create)
        api.get("{publication}", use: show)
        api.put("{publication}", use: edit)
        api.post("{publication}/publish", use: publish)
        api.post("{publication}/archive", use: archive)
        api.get("{publication}/files", use: files)
        api.post("{publication}/files", use: attach)
    }

    /// `GET /api/publications`: the published productions matching the search, with facets.
    @Sendable func search(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<SearchResults> {
        let search = try PublicationSearch(request, emptyMeansAll: false)
        return JSONBody(try await context.search(search))
    }

    /// `GET /api/publications/{publication}`: published or archived for everyone; a draft for staff only.
    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Publication> {
        let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
        let publication = try await desk.find(id)
        if publication.status == .draft { _ = try await context.accounts.bearer(of: request) }
        return JSONBody(publication)
    }

    /// `POST /api/publications`: a draft (staff).
    @Sendable func create(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Publication> {
        let actor = try await context.accounts.bearer(of: request)
        let form = try await request.decodeJSON(PublicationForm.self, multiLineFields: ["body", "summary"])
        return JSONBody(try await desk.save(form, id: PublicationID(), creating: true, by: actor), status: .created)
    }

    /// `PUT /api/publications/{publication}` (staff).
    @Sendable func edit(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Publication> {
        let actor = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
        let form = try await request.decodeJSON(PublicationForm.self, multiLineFields: ["body", "summary"])
        return JSONBody(try await desk.save(form, id: id, creating: false, by: actor))
    }

    /// `POST /api/publications/{publication}/publish` (staff).
    @Sendable func publish(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Publication> {
        let actor = try await context.accounts.bearer(of: request)
        return JSONBody(try await desk.publish(try requestContext.parameters.identifier("publication", as: PublicationID.self), by: actor))
    }

    /// `POST /api/publications/{publication}/archive` (staff).
    @Sendable func archive(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Publication> {
        let actor = try await context.accounts.bearer(of: request)
        return JSONBody(try await desk.archive(try requestContext.parameters.identifier("publication", as: PublicationID.self), by: actor))
    }

    /// `GET /api/publications/{publication}/files`: every version of every file (a draft's for staff only).
    @Sendable func files(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[PublicationFile]> {
        let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
        if try await desk.find(id).status == .draft { _ = try await context.accounts.bearer(of: request) }
        return JSONBody(try await PublicationFileDesk(context: context).files(of: id))
    }

    /// `POST /api/publications/{publication}/files` (staff): a file in a `file` field of a multipart form.
    @Sendable func attach(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<PublicationFile> {
        let account = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("publication", as: PublicationID.self)
        let fileDesk = PublicationFileDesk(context: context)
        let form = try await fileDesk.readForm(request)
        return JSONBody(try await fileDesk.attach(form.file("file"), to: id, by: account.displayName), status: .created)
    }
}
