import Foundation
import Model

/// A year's indicators frozen by staff as the annual diagnostic: what the programme
/// published, which later events never change.
struct DiagnosticSnapshot: Codable, Sendable, Equatable {
    var year: Int
    var figures: ProgrammeIndicators
    var frozenAt: Date
    var frozenBy: String
    /// The "annual diagnostic" publication that announced it.
    var publicationId: PublicationID
}
