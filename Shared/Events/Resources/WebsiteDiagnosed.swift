import Foundation
import Model

/// The resource centre diagnosed a collectivité's website (`resources.v1`): the notifications
/// service emails the report's scores to the collectivité's contact, with a link to the report.
public struct WebsiteDiagnosed: EventPayload {
    public static let eventType = "WebsiteDiagnosed"
    public static let eventVersion = 1
    public static let topic = Topic.resources
    public var aggregateKey: String { websiteId.uuidString }

    /// One scored part of the report (accessibility, legal obligations…).
    public struct DimensionScore: Codable, Sendable, Equatable {
        public var label: String
        /// Out of 100.
        public var score: Int

        public init(label: String, score: Int) {
            self.label = label
            self.score = score
        }
    }

    public var reportId: UUID
    public var websiteId: UUID
    public var collectivite: String
    public var url: String
    /// Who the report goes to.
    public var contact: ContactPerson
    /// Out of 100; `nil` when the site could not be read (unreachable, or robots.txt forbids it).
    public var overallScore: Int?
    public var dimensions: [DimensionScore]
    /// The titles of the checks failed, most important first.
    public var failedChecks: [String]
    /// The French report page, with its history.
    public var reportURL: String
    public var diagnosedAt: Date

    public init(reportId: UUID, websiteId: UUID, collectivite: String, url: String, contact: ContactPerson, overallScore: Int?,
                dimensions: [DimensionScore], failedChecks: [String], reportURL: String, diagnosedAt: Date) {
        self.reportId = reportId
        self.websiteId = websiteId
        self.collectivite = collectivite
        self.url = url
        self.contact = contact
        self.overallScore = overallScore
        self.dimensions = dimensions
        self.failedChecks = failedChecks
        self.reportURL = reportURL
        self.diagnosedAt = diagnosedAt
    }
}
