import CommandKit
import Events
import Foundation
import PageKit
import ServiceKit
import StaffAccess

/// Action 4: the resource centre's publications and information-society indicators.
enum ResourcesService: AccountHome {
    typealias Role = StaffRole

    /// The database of the command-line tools (`resources migrate`, `resources account …`).
    static let commandDatabase = CommandDatabase(service: "resources", defaultHTTPPort: 8084, migrations: ResourcesMigrations.all)

    /// - Parameter clock: the current instant (tests move it).
    static func definition(settings: ResourcesConfiguration = .init(), clock: @escaping @Sendable () -> Date = { Date() }) -> ServiceDefinition {
        var definition = ServiceDefinition(
            name: "resources",
            summary: "Centre de ressources : publications, flux de syndication et indicateurs.",
            defaultHTTPPort: 8084,
            migrations: ResourcesMigrations.all,
            publishes: [.resources],
            subscriptions: IndicatorFactsHandler().subscriptions + WebsiteDirectoryHandler().subscriptions
                + PersonalDataResponder(service: "resources", topic: .resources, holders: [AdviceAskerData(), WebsiteContactData()],
                                        clock: clock).subscriptions,
            openAPIPaths: ResourcesAPI.paths,
            routes: { router, resources in
                var context = ResourcesContext(database: resources.database, clock: clock, logger: resources.logger,
                                               publicURL: settings.publicURL)
                context.signInLimits = resources.configuration.signInLimits
                // The templates are compiled in: a failure here is a programming error caught by every test.
                let renderer = try! ResourcesPageRenderer.resources()
                let gate = AccountGate(access: context.accounts, renderer: renderer, cookiePrefix: "ipc_ressources",
                                       secureCookies: settings.secureCookies, landing: { _ in "/gestion" })
                gate.addRoutes(to: router)
                PublicationController(context: context).addRoutes(to: router)
                CentrePagesController(context: context, renderer: renderer).addRoutes(to: router)
                PublicationPagesController(gate: gate, context: context).addRoutes(to: router)
                FeedController(context: context).addRoutes(to: router)
                ReuseController(context: context).addRoutes(to: router)
                IndicatorController(context: context, renderer: renderer).addRoutes(to: router)
                AdviceController(context: context).addRoutes(to: router)
                let formCookie = FormCookie(name: "ipc_ressources_formulaire", path: "/", secure: settings.secureCookies)
                AdvicePagesController(gate: gate, context: context, formCookie: formCookie).addRoutes(to: router)
                DiagnosticController(context: context, renderer: renderer).addRoutes(to: router)
                DiagnosticPagesController(gate: gate, context: context).addRoutes(to: router)
                let runner = DiagnosticBatchRunner(context: context, settings: settings.diagnostic)
                WebsiteController(gate: gate, context: context, runner: runner).addRoutes(to: router)
                WebsiteReportController(context: context, renderer: renderer).addRoutes(to: router)
            }
        )
        definition.maxRequestBytes = PublicationFileDesk.maxBytes + MultipartForm.formAllowance
        definition.backgroundServices = { resources, gate in
            let context = ResourcesContext(database: resources.database, clock: clock, logger: resources.logger, publicURL: settings.publicURL)
            return [ExpiredAccessSweeper(database: resources.database, clock: clock, startGate: gate, logger: resources.logger),
                    DiagnosticBatchService(runner: DiagnosticBatchRunner(context: context, settings: settings.diagnostic), startGate: gate)]
        }
        return definition
    }
}
