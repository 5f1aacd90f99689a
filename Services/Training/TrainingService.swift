import CommandKit
import Events
import Foundation
import PageKit
import ServiceKit
import StaffAccess

/// Action 1: awareness seminars, knowledge buffets and project workshops for elected
/// officials and their staff; its own public front and the staff's back office.
enum TrainingService: AccountHome {
    typealias Role = StaffRole

    /// The database of the command-line tools (`training migrate`, `training account …`).
    static let commandDatabase = CommandDatabase(service: "training", defaultHTTPPort: 8083, migrations: TrainingMigrations.all)

    /// - Parameter clock: the current instant (tests move it).
    static func definition(settings: TrainingConfiguration = .init(), clock: @escaping @Sendable () -> Date = { Date() }) -> ServiceDefinition {
        var definition = ServiceDefinition(
            name: "training",
            summary: "Séminaires de sensibilisation et sessions de formation des élus.",
            defaultHTTPPort: 8083,
            migrations: TrainingMigrations.all,
            publishes: [.training],
            subscriptions: TrainingMaterialHandler().subscriptions
                + PersonalDataResponder(service: "training", topic: .training, holders: [TraineePersonalData(), HostingContactData()],
                                        clock: clock).subscriptions,
            openAPIPaths: TrainingAPI.paths,
            routes: { router, resources in
                var context = TrainingContext(database: resources.database, clock: clock, logger: resources.logger, publicURL: settings.publicURL)
                context.signInLimits = resources.configuration.signInLimits
                // The templates are compiled in: a failure here is a programming error caught by every test.
                let renderer = try! TrainingPageRenderer.training()
                let gate = AccountGate(access: context.accounts, renderer: renderer, cookiePrefix: "ipc_formations",
                                       secureCookies: settings.secureCookies, landing: { _ in "/gestion" })
                gate.addRoutes(to: router)
                SessionController(context: context).addRoutes(to: router)
                RegistrationController(context: context).addRoutes(to: router)
                let formCookie = FormCookie(name: "ipc_formations_formulaire", path: "/", secure: settings.secureCookies)
                CatalogueController(context: context, renderer: renderer, formCookie: formCookie).addRoutes(to: router)
                TraineeController(context: context, renderer: renderer, formCookie: formCookie).addRoutes(to: router)
                HostingOfferController(context: context).addRoutes(to: router)
                HostingPagesController(gate: gate, context: context, formCookie: formCookie).addRoutes(to: router)
                CalendarController(context: context).addRoutes(to: router)
                BackOfficeController(gate: gate, context: context).addRoutes(to: router)
                AttendancePagesController(gate: gate, context: context).addRoutes(to: router)
                AttendanceController(context: context).addRoutes(to: router)
                ExportController(gate: gate, context: context).addRoutes(to: router)
            }
        )
        definition.backgroundServices = { resources, gate in
            [ExpiredAccessSweeper(database: resources.database, clock: clock, startGate: gate, logger: resources.logger)]
        }
        return definition
    }
}
