import Events
import Foundation
import Model
import ServiceKit

/// Every decision, by email, to the people it concerns.
enum NotificationsService {
    /// - Parameter today: the current day in Paris, for the next jury date (tests move it).
    static func definition(settings: NotificationsConfiguration = .init(),
                           today: @escaping @Sendable () -> LocalDate = { ParisTime.localDate(of: Date()) }) -> ServiceDefinition {
        // The templates are compiled in: a failure here is a programming error caught by every test.
        let renderer = try! MailRenderer()
        var definition = ServiceDefinition(
            name: "notifications",
            summary: "Courriels aux collectivités et aux stagiaires, journal des envois.",
            defaultHTTPPort: 8085,
            migrations: NotificationsMigrations.all,
            publishes: [.notifications],
            consumes: [.applications, .jury, .training, .resources],
            handler: MailPlanner(renderer: renderer, today: today)
        )
        definition.backgroundServices = { resources, gate in
            [MailSender(client: resources.database, smtp: settings.smtp, sender: settings.sender,
                        bounceAddress: settings.bounceAddress ?? settings.sender.address, policy: settings.delivery,
                        startGate: gate, logger: resources.logger)]
        }
        return definition
    }
}
