import Foundation
import Hummingbird
import ServiceKit
import StaffAccess

/// `/api/personal-data-requests`: administrators record a person's request about their data
/// and follow each service's confirmation; an export's copy is read when it is complete.
struct PersonalDataController: Sendable {
    let context: ApplicationsContext
    private var desk: PersonalDataDesk { PersonalDataDesk(context: context) }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.get("/api/personal-data-requests", use: list)
        router.post("/api/personal-data-requests", use: create)
        router.get("/api/personal-data-requests/{id}", use: show)
        router.get("/api/personal-data-requests/{id}/export", use: export)
    }

    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[PersonalDataRequestView]> {
        _ = try await context.accounts.bearer(of: request, allowing: [.admin])
        return JSONBody(try await desk.recent().map(PersonalDataRequestView.init))
    }

    @Sendable func create(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<PersonalDataRequestView> {
        let account = try await context.accounts.bearer(of: request, allowing: [.admin])
        let form = try await request.decodeJSON(PersonalDataDesk.Form.self)
        return try await refusingAsProblems { JSONBody(PersonalDataRequestView(try await desk.request(form, by: account)), status: .created) }
    }

    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<PersonalDataRequestView> {
        _ = try await context.accounts.bearer(of: request, allowing: [.admin])
        let id = try requestContext.parameters.uuid("id")
        return try await refusingAsProblems { JSONBody(PersonalDataRequestView(try await desk.find(id))) }
    }

    @Sendable func export(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<PersonalDataExport> {
        _ = try await context.accounts.bearer(of: request, allowing: [.admin])
        let id = try requestContext.parameters.uuid("id")
        return try await refusingAsProblems { JSONBody(try await desk.export(id)) }
    }
}
