import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

extension MailPlanner {
    /// Training and resources events: trainees hear of their registrations; publications
    /// wait for the next digest.
    func handleTrainingOrResources(_ event: ReceivedEvent, on connection: PostgresConnection, logger: Logger) async throws {
        let trainees = TraineeDirectory(logger: logger)
        switch event.header.type {
        case TrainingSessionScheduled.eventType:
            try await trainees.saveSession(try event.decode(TrainingSessionScheduled.self).data, on: connection)
        case RegistrationChanged.eventType:
            let change = try event.decode(RegistrationChanged.self).data
            try await trainees.saveRegistration(change, on: connection)
            var values = Self.trainingValues(name: change.trainee.name, title: change.sessionTitle, startsAt: change.startsAt, venue: change.venue)
            values["waitlistPosition"] = change.waitlistPosition
            try await MessageQueue(logger: logger).enqueue(
                causeEventId: event.header.id, template: Self.template(of: change.outcome), recipient: change.trainee.email,
                recipientName: change.trainee.name, reference: nil, rendered: renderer.render(Self.template(of: change.outcome), values),
                on: connection)
        case TrainingSessionCancelled.eventType:
            let cancelled = try event.decode(TrainingSessionCancelled.self).data
            for registration in try await trainees.cancelSession(cancelled.sessionId, on: connection) {
                var values = Self.trainingValues(name: registration.name, title: registration.sessionTitle, startsAt: registration.startsAt,
                                                 venue: registration.venue)
                values["reason"] = cancelled.reason
                try await MessageQueue(logger: logger).enqueue(
                    causeEventId: event.header.id, template: .registrationCancelled, recipient: registration.email, recipientName: registration.name,
                    reference: nil, rendered: renderer.render(.registrationCancelled, values), on: connection)
            }
        case PublicationPublished.eventType:
            try await SubscriberDirectory(logger: logger).savePublication(try event.decode(PublicationPublished.self).data, on: connection)
        default:
            return  // Other events concern nobody's mailbox.
        }
    }

    static func template(of outcome: RegistrationOutcome) -> MailTemplate {
        switch outcome {
        case .confirmed: .registrationConfirmed
        case .waitlisted: .registrationWaitlisted
        case .promoted: .registrationPromoted
        case .cancelled: .registrationCancelled
        }
    }

    /// What every training email says of the session.
    static func trainingValues(name: String, title: String, startsAt: Date, venue: String) -> [String: Any] {
        ["name": name, "sessionTitle": title, "startsAt": ParisTime.frenchDateTime(startsAt), "venue": venue]
    }
}
