import CommandKit
import Events
import Foundation
import ServiceKit

/// The selection jury: sittings, declarations of interest, scores, decisions, minutes.
enum JuryService {
    /// The database of the command-line tool (`jury member …`).
    static let commandDatabase = CommandDatabase(service: "jury", defaultHTTPPort: 8082, migrations: JuryMigrations.all)

    /// - Parameter clock: the current instant (tests move it).
    /// - Parameter secureCookies: marks the pages' cookies `Secure` (behind TLS in production).
    static func definition(clock: @escaping @Sendable () -> Date = { Date() }, secureCookies: Bool = false) -> ServiceDefinition {
        ServiceDefinition(
            name: "jury",
            summary: "Jury de sélection : séances, notes, décisions et procès-verbaux.",
            defaultHTTPPort: 8082,
            migrations: JuryMigrations.all,
            publishes: [.jury],
            consumes: [.applications],
            handler: DossierViewHandler(),
            openAPIPaths: JuryAPI.paths,
            routes: { router, resources in
                let context = JuryContext(database: resources.database, clock: clock, logger: resources.logger)
                let members = MemberRepository(logger: context.logger)
                TokenEndpoint(verify: { try await members.verify(email: $0, password: $1, on: context.database) },
                              issue: { try await members.issueToken(for: $0, now: context.clock(), on: context.database) },
                              role: \.role,
                              bearer: { request in
                                  let member = try await JuryAuthenticator(context: context).member(of: request)
                                  return TokenBearer(id: member.id, email: member.email, displayName: member.displayName, role: member.role.rawValue)
                              }).addRoutes(to: router)
                MemberController(context: context).addRoutes(to: router)
                SittingController(context: context).addRoutes(to: router)
                DeliberationController(context: context).addRoutes(to: router)
                // The templates are compiled in: a failure here is a programming error caught by every test.
                let gate = JuryGate(context: context, renderer: try! JuryPageRenderer(), secureCookies: secureCookies)
                JurySignInController(gate: gate).addRoutes(to: router)
                SittingPagesController(gate: gate).addRoutes(to: router)
                DossierPagesController(gate: gate).addRoutes(to: router)
            }
        )
    }
}
