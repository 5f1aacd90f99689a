import Events
import ServiceKit

/// The selection jury: sittings, scores, decisions, minutes.
enum JuryService {
    static let definition = ServiceDefinition(
        name: "jury",
        summary: "Jury de sélection : séances, notes, décisions et procès-verbaux.",
        defaultHTTPPort: 8082,
        migrations: JuryMigrations.all,
        publishes: [.jury],
        consumes: [.applications],
        handler: DossierViewHandler()
    )
}
