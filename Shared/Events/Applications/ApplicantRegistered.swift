import Foundation
import Model

/// A collectivité (or support body) was registered with the applications service, by staff,
/// through the API or from a CSV import (`applications.v1`): the resource centre keeps from it
/// the list of collectivités with a website to diagnose.
public struct ApplicantRegistered: EventPayload {
    public static let eventType = "ApplicantRegistered"
    public static let eventVersion = 1
    public static let topic = Topic.applications
    public var aggregateKey: String { applicant.applicantId.description }

    public var applicant: ApplicantSnapshot
    /// Its website's address, as entered (`https://…`), if it has one.
    public var website: String?
    /// Who to write to about it (the website's diagnostic among others).
    public var contacts: [ContactPerson]
    public var registeredAt: Date

    public init(applicant: ApplicantSnapshot, website: String?, contacts: [ContactPerson], registeredAt: Date) {
        self.applicant = applicant
        self.website = website
        self.contacts = contacts
        self.registeredAt = registeredAt
    }
}
