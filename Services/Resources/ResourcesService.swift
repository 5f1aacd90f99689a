import Events
import ServiceKit

/// Action 4: the resource centre's publications and information-society indicators.
enum ResourcesService {
    static let definition = ServiceDefinition(
        name: "resources",
        summary: "Centre de ressources : publications, flux de syndication et indicateurs.",
        defaultHTTPPort: 8084,
        migrations: ResourcesMigrations.all,
        publishes: [.resources],
        consumes: [.applications, .jury, .training, .notifications],
        handler: ActivityIndicatorHandler()
    )
}
