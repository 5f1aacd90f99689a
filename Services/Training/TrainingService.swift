import CommandKit
import Events
import ServiceKit

/// Action 1: training sessions for elected officials and their staff.
enum TrainingService {
    /// The database of the command-line tools (`training migrate`).
    static let commandDatabase = CommandDatabase(service: "training", defaultHTTPPort: 8083, migrations: TrainingMigrations.all)

    static let definition = ServiceDefinition(
        name: "training",
        summary: "Séminaires de sensibilisation et sessions de formation des élus.",
        defaultHTTPPort: 8083,
        migrations: TrainingMigrations.all,
        publishes: [.training],
        subscriptions: TrainingMaterialHandler().subscriptions
    )
}
