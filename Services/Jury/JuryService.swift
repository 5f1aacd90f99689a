import CommandKit
import Events
import Foundation
import ServiceKit
import StaffAccess

/// The selection jury: sittings, declarations of interest, scores, decisions, minutes.
enum JuryService: AccountHome {
    typealias Role = MemberRole

    /// The database of the command-line tools (`jury account …`).
    static let commandDatabase = CommandDatabase(service: "jury", defaultHTTPPort: 8082, migrations: JuryMigrations.all)

    /// - Parameter clock: the current instant (tests move it).
    /// - Parameter secureCookies: marks the pages' cookies `Secure` (behind TLS in production).
    static func definition(clock: @escaping @Sendable () -> Date = { Date() }, secureCookies: Bool = false) -> ServiceDefinition {
        var definition = ServiceDefinition(
            name: "jury",
            summary: "Jury de sélection : séances, notes, décisions et procès-verbaux.",
            defaultHTTPPort: 8082,
            migrations: JuryMigrations.all,
            publishes: [.jury],
            subscriptions: DossierViewHandler().subscriptions
                + PersonalDataResponder(service: "jury", topic: .jury, holders: [DecisionAuthorship()], clock: clock).subscriptions,
            openAPIPaths: JuryAPI.paths,
            routes: { router, resources in
                var context = JuryContext(database: resources.database, clock: clock, logger: resources.logger)
                context.signInLimits = resources.configuration.signInLimits
                MemberController(context: context).addRoutes(to: router)
                SittingController(context: context).addRoutes(to: router)
                DeliberationController(context: context).addRoutes(to: router)
                // The templates are compiled in: a failure here is a programming error caught by every test.
                let gate = JuryGate(access: context.accounts, renderer: try! JuryPageRenderer(), cookiePrefix: "ipc_jury",
                                    secureCookies: secureCookies, landing: { _ in "/seances" })
                gate.addRoutes(to: router)
                SittingPagesController(gate: gate, context: context).addRoutes(to: router)
                DossierPagesController(gate: gate, context: context).addRoutes(to: router)
            }
        )
        definition.backgroundServices = { resources, gate in
            [ExpiredAccessSweeper(database: resources.database, clock: clock, startGate: gate, logger: resources.logger)]
        }
        return definition
    }
}
