import Foundation
import Model

/// A person asked, by their address, for the link to all their registrations ("mes
/// inscriptions", `training.v1`); the notifications service emails it. Only published when the
/// address holds registrations, so that the email goes to someone who registered.
public struct RegistrationsLinkRequested: EventPayload {
    public static let eventType = "RegistrationsLinkRequested"
    public static let eventVersion = 1
    public static let topic = Topic.training
    /// The link's token digest, in hexadecimal: one link, one key.
    public var aggregateKey: String { linkId }

    public var linkId: String
    public var trainee: ContactPerson
    /// The page of their registrations, opened by the link's token.
    public var link: String
    public var expiresAt: Date

    public init(linkId: String, trainee: ContactPerson, link: String, expiresAt: Date) {
        self.linkId = linkId
        self.trainee = trainee
        self.link = link
        self.expiresAt = expiresAt
    }
}
