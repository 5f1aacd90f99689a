import Events
import Foundation
import Logging
import Model
import Persistence
import PostgresNIO

extension MailPlanner {
    /// Training and resources events: trainees hear of their registrations; publications
    /// wait for the next digest.
    var trainingAndResourcesSubscriptions: [EventSubscription] {
        [
            .on(TrainingSessionScheduled.self, writes: ["training_sessions"]) { event, connection, logger in
                try await TraineeDirectory(logger: logger).saveSession(event.data, on: connection)
            },
            .on(RegistrationChanged.self, writes: ["registrations", "messages"], registrationChanged),
            .on(RegistrationsLinkRequested.self, writes: ["messages"], registrationsLinkRequested),
            .on(TrainingSessionChanged.self, writes: ["training_sessions", "registrations", "messages"], sessionChanged),
            .on(TrainingSessionCancelled.self, writes: ["registrations", "messages"], sessionCancelled),
            .on(HostingOfferReceived.self, writes: ["messages"], hostingOfferReceived),
            .on(HostingOfferAnswered.self, writes: ["messages"], hostingOfferAnswered),
            .on(PublicationPublished.self, writes: ["publications"]) { event, connection, logger in
                try await SubscriberDirectory(logger: logger).savePublication(event.data, on: connection)
            },
            .on(AdviceAnswered.self, writes: ["messages"], adviceAnswered),
            .on(WebsiteDiagnosed.self, writes: ["messages"], websiteDiagnosed),
        ]
    }

    /// The collectivité's contact gets its website's diagnostic, with the link to the full report.
    @Sendable func websiteDiagnosed(_ event: SubscribedEvent<WebsiteDiagnosed>, on connection: PostgresConnection, logger: Logger) async throws {
        let report = event.data
        let values: [String: Any] = [
            "name": report.contact.name, "collectivite": report.collectivite, "url": report.url, "score": report.overallScore as Any,
            "dimensions": report.dimensions.map { ["label": $0.label, "score": $0.score] }, "failed": report.failedChecks,
            "hasFailed": !report.failedChecks.isEmpty, "reportUrl": report.reportURL,
        ]
        try await send(.websiteDiagnosed, to: report.contact.email, named: report.contact.name, values: values, cause: event.id,
                       on: connection, logger: logger)
    }

    /// The person who asked the resource centre a question gets its answer.
    @Sendable func adviceAnswered(_ event: SubscribedEvent<AdviceAnswered>, on connection: PostgresConnection, logger: Logger) async throws {
        let advice = event.data
        let values: [String: Any] = ["name": advice.asker.name, "collectivite": advice.collectivite, "question": advice.question,
                                     "answer": advice.answer, "faqConsent": advice.faqConsent]
        try await send(.adviceAnswered, to: advice.asker.email, named: advice.asker.name, values: values, cause: event.id,
                       on: connection, logger: logger)
    }

    /// The trainee hears of the registration's outcome (confirmed, waitlisted, promoted, cancelled).
    @Sendable func registrationChanged(_ event: SubscribedEvent<RegistrationChanged>, on connection: PostgresConnection,
                                       logger: Logger) async throws {
        let change = event.data
        try await TraineeDirectory(logger: logger).saveRegistration(change, on: connection)
        var values = Self.trainingValues(name: change.trainee.name, title: change.sessionTitle, startsAt: change.startsAt, venue: change.venue)
        values["waitlistPosition"] = change.waitlistPosition
        values["manageLink"] = change.manageLink
        try await MessageQueue(logger: logger).enqueue(
            causeEventId: event.id, template: Self.template(of: change.outcome), recipient: change.trainee.email,
            recipientName: change.trainee.name, reference: nil, rendered: renderer.render(Self.template(of: change.outcome), values),
            on: connection)
    }

    /// Every live registrant of an edited session hears of a new date or venue; other edits
    /// (a title, a description) only update what the reminders will say.
    @Sendable func sessionChanged(_ event: SubscribedEvent<TrainingSessionChanged>, on connection: PostgresConnection,
                                  logger: Logger) async throws {
        let changed = event.data
        let registrations = try await TraineeDirectory(logger: logger).changeSession(changed, on: connection)
        guard changed.scheduleChanged || changed.venueChanged else { return }
        for registration in registrations {
            var values = Self.trainingValues(name: registration.name, title: changed.title, startsAt: changed.startsAt, venue: changed.venue)
            values["scheduleChanged"] = changed.scheduleChanged
            values["venueChanged"] = changed.venueChanged
            try await send(.sessionChanged, to: registration.email, named: registration.name, values: values, cause: event.id,
                           on: connection, logger: logger)
        }
    }

    /// The person who asked for it gets the link to all their registrations.
    @Sendable func registrationsLinkRequested(_ event: SubscribedEvent<RegistrationsLinkRequested>, on connection: PostgresConnection,
                                              logger: Logger) async throws {
        let request = event.data
        let values: [String: Any] = ["name": request.trainee.name, "link": request.link,
                                     "expiresAt": ParisTime.frenchDateTime(request.expiresAt)]
        try await send(.registrationsLink, to: request.trainee.email, named: request.trainee.name, values: values, cause: event.id,
                       on: connection, logger: logger)
    }

    /// The collectivité's contact is told that its offer to host a session arrived.
    @Sendable func hostingOfferReceived(_ event: SubscribedEvent<HostingOfferReceived>, on connection: PostgresConnection,
                                        logger: Logger) async throws {
        let offer = event.data
        let values: [String: Any] = ["name": offer.contact.name, "collectivite": offer.collectivite, "formatLabel": offer.format.frenchLabel,
                                     "theme": offer.theme, "proposedDates": offer.proposedDates]
        try await send(.hostingOfferReceived, to: offer.contact.email, named: offer.contact.name, values: values, cause: event.id,
                       on: connection, logger: logger)
    }

    /// The collectivité's contact hears the answer: the session created from the offer, or why not.
    @Sendable func hostingOfferAnswered(_ event: SubscribedEvent<HostingOfferAnswered>, on connection: PostgresConnection,
                                        logger: Logger) async throws {
        let answer = event.data
        var values: [String: Any] = ["name": answer.contact.name, "collectivite": answer.collectivite]
        values["message"] = answer.message
        values["sessionTitle"] = answer.sessionTitle
        values["startsAt"] = answer.startsAt.map(ParisTime.frenchDateTime)
        let template: MailTemplate = answer.accepted ? .hostingOfferAccepted : .hostingOfferDeclined
        try await send(template, to: answer.contact.email, named: answer.contact.name, values: values, cause: event.id,
                       on: connection, logger: logger)
    }

    /// Every trainee of a cancelled session hears of it, with the reason.
    @Sendable func sessionCancelled(_ event: SubscribedEvent<TrainingSessionCancelled>, on connection: PostgresConnection,
                                    logger: Logger) async throws {
        let cancelled = event.data
        for registration in try await TraineeDirectory(logger: logger).cancelSession(cancelled.sessionId, on: connection) {
            var values = Self.trainingValues(name: registration.name, title: registration.sessionTitle, startsAt: registration.startsAt,
                                             venue: registration.venue)
            values["reason"] = cancelled.reason
            try await send(.registrationCancelled, to: registration.email, named: registration.name, values: values, cause: event.id,
                           on: connection, logger: logger)
        }
    }

    /// Queues one training email, rendered from `values`, caused by the event `cause`.
    private func send(_ template: MailTemplate, to recipient: String, named name: String, values: [String: Any], cause: UUID,
                      on connection: PostgresConnection, logger: Logger) async throws {
        try await MessageQueue(logger: logger).enqueue(
            causeEventId: cause, template: template, recipient: recipient, recipientName: name, reference: nil,
            rendered: renderer.render(template, values), on: connection)
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
