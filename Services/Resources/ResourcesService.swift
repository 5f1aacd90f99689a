import CommandKit
import Events
import ServiceKit

/// Action 4: the resource centre's publications and information-society indicators.
enum ResourcesService {
    /// The database of the command-line tools (`resources migrate`).
    static let commandDatabase = CommandDatabase(service: "resources", defaultHTTPPort: 8084, migrations: ResourcesMigrations.all)

    static let definition = ServiceDefinition(
        name: "resources",
        summary: "Centre de ressources : publications, flux de syndication et indicateurs.",
        defaultHTTPPort: 8084,
        migrations: ResourcesMigrations.all,
        publishes: [.resources],
        subscriptions: ActivityIndicatorHandler().subscriptions
    )
}
