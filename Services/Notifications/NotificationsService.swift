import CommandKit
import Events
import Foundation
import Model
import ServiceKit
import StaffAccess

/// Every decision, by email, to the people it concerns.
enum NotificationsService: AccountHome {
    typealias Role = StaffRole

    /// The database of the command-line tools (`notifications account …`).
    static let commandDatabase = CommandDatabase(service: "notifications", defaultHTTPPort: 8085, migrations: NotificationsMigrations.all)

    /// - Parameter clock: the current instant, for the next jury date and sessions (tests move it).
    static func definition(settings: NotificationsConfiguration = .init(),
                           clock: @escaping @Sendable () -> Date = { Date() }) -> ServiceDefinition {
        // The templates are compiled in: a failure here is a programming error caught by every test.
        let renderer = try! MailRenderer()
        var definition = ServiceDefinition(
            name: "notifications",
            summary: "Courriels aux collectivités et aux stagiaires, journal des envois.",
            defaultHTTPPort: 8085,
            migrations: NotificationsMigrations.all,
            publishes: [.notifications],
            subscriptions: MailPlanner(renderer: renderer, today: { ParisTime.localDate(of: clock()) }).subscriptions
                + PersonalDataResponder(service: "notifications", topic: .notifications, holders: [MessageLogData(), RecipientData()],
                                        clock: clock).subscriptions,
            openAPIPaths: NotificationsAPI.paths,
            routes: { router, resources in
                // The templates are compiled in: a failure here is a programming error caught by every test.
                let access = AccountAccess<StaffRole>(database: resources.database, clock: clock, logger: resources.logger,
                                                      signInLimits: resources.configuration.signInLimits)
                let gate = AccountGate(access: access, renderer: try! NotificationsPageRenderer(), cookiePrefix: "ipc_notifications",
                                       secureCookies: settings.secureCookies, landing: { _ in "/journal" })
                gate.addRoutes(to: router)
                DeliveryLogController(gate: gate).addRoutes(to: router)
                DeliveryLogPagesController(gate: gate).addRoutes(to: router)
                SubscriptionController(database: resources.database, renderer: gate.renderer, mailRenderer: renderer,
                                       publicURL: settings.publicURL, confirmationsPerHour: settings.subscriptionConfirmationsPerHour,
                                       logger: resources.logger).addRoutes(to: router)
            }
        )
        definition.backgroundServices = { resources, gate in
            [MailSender(client: resources.database, smtp: settings.smtp, sender: settings.sender,
                        bounceAddress: settings.bounceAddress ?? settings.sender.address, policy: settings.delivery,
                        startGate: gate, logger: resources.logger),
             ScheduledMail(client: resources.database, renderer: renderer, policy: settings.scheduled, publicURL: settings.publicURL,
                           clock: clock, startGate: gate, logger: resources.logger),
             MailQueueGauges(database: resources.database, startGate: gate, logger: resources.logger),
             ExpiredAccessSweeper(database: resources.database, clock: clock, startGate: gate, logger: resources.logger)]
        }
        return definition
    }
}
