import Events
import Foundation
import Model

/// A publication as lists, feeds and search results show it (no body).
struct PublicationSummary: Codable, Sendable, Equatable {
    var id: PublicationID
    var kind: PublicationKind
    var title: String
    var summary: String
    var themes: [String]
    var audiences: [String]
    var authors: [String]
    var licence: String
    var trainingMaterial: Bool
    var publishedAt: Date?
    var updatedAt: Date
}
