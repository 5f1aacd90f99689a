import Events
import Foundation
import Model

/// A production of the resource centre: a guide, a practical sheet, a study, a teaching kit,
/// an annual diagnostic, a piece of news, training material.
struct Publication: Codable, Sendable, Equatable {
    var id: PublicationID
    var kind: PublicationKind
    var title: String
    var summary: String
    /// The author's Markdown.
    var body: String
    /// The body as HTML, made by ``SafeMarkdown`` (the author's own HTML is shown as text).
    var bodyHTML: String
    /// The training themes' codes.
    var themes: [String]
    var audiences: [String]
    var authors: [String]
    /// The reuse licence, Licence Ouverte / Etalab 2.0 unless staff chose another.
    var licence: String
    /// Used by the training service as a session's material.
    var trainingMaterial: Bool
    var trainingSessionId: TrainingSessionID?
    var status: PublicationStatus
    var createdAt: Date
    var updatedAt: Date
    var publishedAt: Date?
    /// 1, then one more for each edit of its text once published (the earlier texts stay reachable).
    var version = 1

    static let defaultLicence = "Licence Ouverte / Etalab 2.0"
}

extension Publication {
    /// Whether `other` reads differently (title, summary, text or licence), as a new version would.
    func hasOtherText(than other: Publication) -> Bool {
        title != other.title || summary != other.summary || body != other.body || licence != other.licence
    }

    /// The publication as lists and feeds show it.
    var listing: PublicationSummary {
        PublicationSummary(id: id, kind: kind, title: title, summary: summary, themes: themes, audiences: audiences, authors: authors,
                           licence: licence, trainingMaterial: trainingMaterial, publishedAt: publishedAt, updatedAt: updatedAt)
    }
}
