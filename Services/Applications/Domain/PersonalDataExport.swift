import Events
import Foundation

/// What every service keeps about a person, as handed to them: one section per service.
struct PersonalDataExport: Codable, Sendable, Equatable {
    struct Section: Codable, Sendable, Equatable {
        var service: String
        var records: [PersonalRecord]
    }

    var requestId: UUID
    var subject: String
    /// Whether every service has answered; until then the export is partial.
    var complete: Bool
    var services: [Section]
}
