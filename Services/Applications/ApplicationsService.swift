import CommandKit
import Events
import Foundation
import ServiceKit
import StaffAccess

/// The single window: calls, applicants, dossiers (Actions 2 and 3 of the brochure).
enum ApplicationsService: AccountHome {
    typealias Role = Applications.Role

    /// The database of the command-line tools (`applications account …`, `applications applicants …`).
    static let commandDatabase = CommandDatabase(service: "applications", defaultHTTPPort: 8081, migrations: ApplicationsMigrations.all)

    /// - Parameter clock: the current instant (tests move it to place a submission inside or outside a call's window).
    /// - Parameter settings: the service's own settings (attachment limit, secure cookies).
    static func definition(settings: ApplicationsConfiguration = .init(), clock: @escaping @Sendable () -> Date = { Date() }) -> ServiceDefinition {
        var definition = ServiceDefinition(
            name: "applications",
            summary: "Appels à candidatures, collectivités et dossiers de candidature.",
            defaultHTTPPort: 8081,
            migrations: ApplicationsMigrations.all,
            publishes: [.applications],
            subscriptions: JuryDecisionHandler().subscriptions + PersonalDataConfirmationHandler().subscriptions,
            openAPIPaths: ApplicationsAPI.paths,
            routes: { router, resources in
                var context = ApplicationsContext(database: resources.database, clock: clock, logger: resources.logger,
                                                  attachmentMaxBytes: settings.attachmentMaxBytes)
                context.signInLimits = resources.configuration.signInLimits
                // The templates are compiled in: a failure here is a programming error caught by every test.
                let renderer = try! PageRenderer()
                AccountController(context: context).addRoutes(to: router)
                CallController(context: context, renderer: renderer).addRoutes(to: router)
                ApplicantController(context: context).addRoutes(to: router)
                DossierController(context: context).addRoutes(to: router)
                AttachmentController(context: context).addRoutes(to: router)
                PersonalDataController(context: context).addRoutes(to: router)
                let gate = WebGate(access: context.accounts, renderer: renderer, cookiePrefix: "ipc", secureCookies: settings.secureCookies,
                                   landing: { $0.role.isStaff ? "/gestion" : "/espace" }, signedOutPath: "/")
                gate.addRoutes(to: router)
                PortalController(gate: gate, context: context).addRoutes(to: router)
                BackOfficeController(gate: gate, context: context).addRoutes(to: router)
                CallPagesController(gate: gate, context: context).addRoutes(to: router)
                ApplicantPagesController(gate: gate, context: context).addRoutes(to: router)
                PersonalDataPagesController(gate: gate, context: context).addRoutes(to: router)
            }
        )
        definition.maxRequestBytes = settings.attachmentMaxBytes + MultipartForm.formAllowance
        definition.backgroundServices = { resources, gate in
            [ExpiredAccessSweeper(database: resources.database, clock: clock, startGate: gate, logger: resources.logger)]
        }
        return definition
    }
}
