import Events
import Foundation
import Model

/// The programme's 2006 history that the demo starts from: two dossiers, one completed, a
/// sitting and its selection, a training material. Each event has a fixed id, so that a
/// second load adds nothing, and is encoded by its contract like any event the services write.
enum DemoHistory {
    static let consultingCall = CallID(uuidString: "00000000-0000-4000-8000-00000000ac06")!
    static let innovationCall = CallID(uuidString: "00000000-0000-4000-8000-00000000b106")!
    static let sitting = JurySessionID(uuidString: "00000000-0000-4000-8000-0000000051a1")!
    static let saintGirons = ApplicationID(uuidString: "00000000-0000-4000-8000-00000000d001")!
    static let seronais = ApplicationID(uuidString: "00000000-0000-4000-8000-00000000d002")!
    static let submittedAt = instant("2007-01-10T09:30:00Z")

    /// The id of the demo's `n`th event.
    static func eventId(_ n: Int) -> UUID { UUID(uuidString: "00000000-0000-4000-8000-0000000e000\(n)")! }

    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static let saintGironsSubmitted = EventEnvelope(
        id: eventId(1), occurredAt: submittedAt, source: "applications",
        data: ApplicationSubmitted(
            applicationId: saintGirons, reference: "AC-2006-0001", callId: consultingCall, action: .consultingAid,
            applicant: ApplicantSnapshot(applicantId: ApplicantID(uuidString: "00000000-0000-4000-8000-00000000a001")!,
                                         name: "Commune de Saint-Girons", kind: .commune, inseeCode: InseeCode("09261"), siren: nil,
                                         department: "09", population: 6300, insideUrbanAgglomeration: false),
            contacts: [ContactPerson(name: "Secrétariat de mairie", email: "mairie@saint-girons.example")],
            projectTitle: "Point public d'accès à Internet en mairie", theme: "Services aux citoyens",
            eligibleCost: nil, requestedSubsidy: nil, submittedAt: submittedAt))

    static let seronaisSubmitted = EventEnvelope(
        id: eventId(2), occurredAt: submittedAt, source: "applications",
        data: ApplicationSubmitted(
            applicationId: seronais, reference: "PI-2006-0001", callId: innovationCall, action: .innovationGrant,
            applicant: ApplicantSnapshot(applicantId: ApplicantID(uuidString: "00000000-0000-4000-8000-00000000a002")!,
                                         name: "Communauté de communes du Séronais", kind: .intercommunality, inseeCode: nil,
                                         siren: SirenNumber("240900431"), department: "09", population: 4100,
                                         insideUrbanAgglomeration: false),
            contacts: [ContactPerson(name: "Direction générale des services", email: "dgs@seronais.example")],
            projectTitle: "Espace public numérique itinérant", theme: "Services aux citoyens",
            eligibleCost: Money(cents: 6_250_000), requestedSubsidy: Money(cents: 5_000_000), submittedAt: submittedAt))

    static let seronaisComplete = EventEnvelope(
        id: eventId(3), occurredAt: instant("2007-01-20T14:00:00Z"), source: "applications",
        correlationId: eventId(2), causationId: eventId(2),
        data: ApplicationDeclaredComplete(applicationId: seronais, reference: "PI-2006-0001", completedAt: instant("2007-01-20T14:00:00Z")))

    static let sittingScheduled = EventEnvelope(
        id: eventId(4), occurredAt: instant("2007-01-22T10:00:00Z"), source: "jury",
        data: JurySittingScheduled(sittingId: sitting, sittingDate: LocalDate(year: 2007, month: 2, day: 15),
                                   callIds: [consultingCall, innovationCall], cutOff: instant("2007-02-01T23:00:00Z")))

    static let seronaisSelected = EventEnvelope(
        id: eventId(5), occurredAt: instant("2007-02-15T17:00:00Z"), source: "jury", correlationId: eventId(2),
        data: ApplicationSelected(sittingId: sitting, applicationId: seronais, reference: "PI-2006-0001",
                                  grantedAmount: Money(cents: 5_000_000), consultingDays: nil, motivation: nil,
                                  decidedAt: instant("2007-02-15T17:00:00Z")))

    static let trainingMaterial = EventEnvelope(
        id: eventId(6), occurredAt: instant("2006-12-05T09:00:00Z"), source: "resources",
        data: PublicationPublished(
            publicationId: PublicationID(uuidString: "00000000-0000-4000-8000-00000000c001")!, kind: .trainingMaterial,
            title: "Support de formation : les services aux citoyens en ligne",
            summary: "Support remis à chaque participant des ateliers de projet.",
            url: "http://127.0.0.1:8084/publications/00000000-0000-4000-8000-00000000c001", trainingSessionId: nil,
            publishedAt: instant("2006-12-05T09:00:00Z")))
}
