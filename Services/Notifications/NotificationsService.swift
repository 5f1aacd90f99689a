import Events
import ServiceKit

/// Every decision, by email, to the people it concerns.
enum NotificationsService {
    static let definition = ServiceDefinition(
        name: "notifications",
        summary: "Courriels aux collectivités et aux stagiaires, journal des envois.",
        defaultHTTPPort: 8085,
        migrations: NotificationsMigrations.all,
        publishes: [.notifications],
        consumes: [.applications, .jury, .training, .resources],
        handler: RecipientDirectoryHandler()
    )
}
