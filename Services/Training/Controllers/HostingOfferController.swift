import Foundation
import Hummingbird
import Model
import ServiceKit
import StaffAccess

/// `/api/hosting-offers`: a collectivité offers to host a session; staff read the offers and
/// accept (the session is created) or decline them.
struct HostingOfferController: Sendable {
    let context: TrainingContext
    private var desk: HostingDesk { HostingDesk(context: context) }

    /// An accepted offer and the session created from it.
    struct Accepted: Codable, Sendable {
        var offer: HostingOffer
        var session: TrainingSession
    }

    func addRoutes(to router: some RouterMethods<PlatformRequestContext>) {
        router.post("/api/hosting-offers", use: offer)
        router.get("/api/hosting-offers", use: list)
        router.get("/api/hosting-offers/{offer}", use: show)
        router.post("/api/hosting-offers/{offer}/accept", use: accept)
        router.post("/api/hosting-offers/{offer}/decline", use: decline)
    }

    /// `POST /api/hosting-offers`: anyone, for their collectivité; the contact gets an acknowledgement.
    @Sendable func offer(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<HostingOffer> {
        let form = try await request.decodeJSON(HostingOfferForm.self, multiLineFields: ["message", "proposedDates"])
        return try await refusingAsProblems { JSONBody(try await desk.receive(form), status: .created) }
    }

    /// `GET /api/hosting-offers`: those waiting for an answer first (staff).
    @Sendable func list(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<[HostingOffer]> {
        _ = try await context.accounts.bearer(of: request)
        return JSONBody(try await desk.list())
    }

    /// `GET /api/hosting-offers/{offer}` (staff).
    @Sendable func show(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<HostingOffer> {
        _ = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("offer", as: HostingOfferID.self)
        return try await refusingAsProblems { JSONBody(try await desk.find(id)) }
    }

    /// `POST /api/hosting-offers/{offer}/accept`: the session, drafted from the offer (staff).
    @Sendable func accept(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<Accepted> {
        let actor = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("offer", as: HostingOfferID.self)
        let acceptance = try await request.decodeJSON(HostingDesk.Acceptance.self, multiLineFields: ["message", "description"])
        return try await refusingAsProblems {
            let (offer, session) = try await desk.accept(id, acceptance, by: actor)
            return JSONBody(Accepted(offer: offer, session: session))
        }
    }

    /// `POST /api/hosting-offers/{offer}/decline`: with the message the collectivité receives (staff).
    @Sendable func decline(_ request: Request, context requestContext: PlatformRequestContext) async throws -> JSONBody<HostingOffer> {
        _ = try await context.accounts.bearer(of: request)
        let id = try requestContext.parameters.identifier("offer", as: HostingOfferID.self)
        let refusal = try await request.decodeJSON(HostingDesk.Refusal.self, multiLineFields: ["message"])
        return try await refusingAsProblems { JSONBody(try await desk.decline(id, refusal)) }
    }
}
