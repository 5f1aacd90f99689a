import Foundation
import Model

/// An earlier text of a published publication, as it read until `replacedAt`.
struct PublicationVersion: Codable, Sendable, Equatable {
    var publicationId: PublicationID
    var version: Int
    var title: String
    var summary: String
    var bodyHTML: String
    var licence: String
    var replacedAt: Date
}
