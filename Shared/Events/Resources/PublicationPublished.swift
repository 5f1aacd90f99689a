import Foundation
import Model

/// The kinds of productions of the resource centre.
public enum PublicationKind: String, Codable, Sendable, CaseIterable {
    case guide
    case study
    case practicalSheet
    case teachingKit
    case annualDiagnostic
    case indicator
    case trainingMaterial
    /// News of the programme; added to v1.
    case news
}

/// The resource centre published a production, free to reuse (`resources.v1`).
public struct PublicationPublished: EventPayload {
    public static let eventType = "PublicationPublished"
    public static let eventVersion = 1
    public static let topic = Topic.resources
    public var aggregateKey: String { publicationId.description }

    public var publicationId: PublicationID
    public var kind: PublicationKind
    public var title: String
    public var summary: String
    /// Where the production can be read and downloaded.
    public var url: String
    /// For training material: the session it belongs to.
    public var trainingSessionId: TrainingSessionID?
    public var publishedAt: Date

    public init(publicationId: PublicationID, kind: PublicationKind, title: String, summary: String, url: String,
                trainingSessionId: TrainingSessionID?, publishedAt: Date) {
        self.publicationId = publicationId
        self.kind = kind
        self.title = title
        self.summary = summary
        self.url = url
        self.trainingSessionId = trainingSessionId
        self.publishedAt = publishedAt
    }
}
