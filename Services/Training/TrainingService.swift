import Events
import ServiceKit

/// Action 1: training sessions for elected officials and their staff.
enum TrainingService {
    static let definition = ServiceDefinition(
        name: "training",
        summary: "Séminaires de sensibilisation et sessions de formation des élus.",
        defaultHTTPPort: 8083,
        migrations: TrainingMigrations.all,
        publishes: [.training],
        consumes: [.resources],
        handler: TrainingMaterialHandler()
    )
}
