@testable import Applications
import Events
import Foundation
@testable import Jury
@testable import Notifications
@testable import Resources
import ServiceKit
@testable import Training

/// The five services' definitions, as they run (without starting anything).
enum PlatformCatalog {
    static let services: [ServiceDefinition] = [
        ApplicationsService.definition(), JuryService.definition(), TrainingService.definition(), ResourcesService.definition(),
        NotificationsService.definition(),
    ]

    /// The repository's root, from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
