import Events
import ServiceKit

/// The single window: calls, applicants, dossiers (Actions 2 and 3 of the brochure).
enum ApplicationsService {
    static let definition = ServiceDefinition(
        name: "applications",
        summary: "Appels à candidatures, collectivités et dossiers de candidature.",
        defaultHTTPPort: 8081,
        migrations: ApplicationsMigrations.all,
        publishes: [.applications],
        consumes: [.jury],
        handler: JuryDecisionHandler()
    )
}
