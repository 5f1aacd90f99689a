import Events
import Foundation
import Model

/// Fixed sample data for every contract of ``EventCatalog``.
enum ContractExamples {
    static let instant = Date(timeIntervalSince1970: 1_196_463_599)  // 2007-11-30T22:59:59Z
    static let callId = CallID(UUID(uuidString: "a1000000-0000-4000-8000-000000000001")!)
    static let applicationId = ApplicationID(UUID(uuidString: "a2000000-0000-4000-8000-000000000002")!)
    static let sittingId = JurySessionID(UUID(uuidString: "a3000000-0000-4000-8000-000000000003")!)
    static let sessionId = TrainingSessionID(UUID(uuidString: "a4000000-0000-4000-8000-000000000004")!)
    static let hostingOfferId = HostingOfferID(UUID(uuidString: "a8000000-0000-4000-8000-000000000008")!)
    static let personalDataRequestId = UUID(uuidString: "a9000000-0000-4000-8000-000000000012")!
    static let contact = ContactPerson(name: "Élise Dupré", email: "mairie@saint-lary.example", role: "Secrétaire de mairie")
    static let applicant = ApplicantSnapshot(
        applicantId: ApplicantID(UUID(uuidString: "a5000000-0000-4000-8000-000000000005")!),
        name: "Commune de Saint-Lary", kind: .commune, inseeCode: InseeCode("09264"), siren: nil,
        department: "09", population: 1_240, insideUrbanAgglomeration: false)

    static let all: [ContractExample] = [
        ContractExample(CallPublished(
            callId: callId, action: .innovationGrant, title: "Soutien aux projets innovants 2006-2007",
            opensAt: Date(timeIntervalSince1970: 1_157_061_600), closesAt: instant, maxBeneficiaries: 25,
            eligibleKinds: ApplicantKind.allCases, subsidyRate: Rate(percent: 80)!, subsidyCap: Money(euros: 50_000),
            consultingDays: nil, criteria: ["Taille", "Caractère innovant"], budgetEnvelope: nil)),
        ContractExample(CallClosed(callId: callId, closedAt: instant)),
        ContractExample(ApplicantRegistered(applicant: applicant, website: "https://www.saint-lary.example", contacts: [contact],
                                            registeredAt: instant)),
        ContractExample(ApplicationSubmitted(
            applicationId: applicationId, reference: "PI-2006-0042", callId: callId, action: .innovationGrant,
            applicant: applicant, contacts: [contact], projectTitle: "Espace public numérique itinérant",
            theme: "Services aux citoyens", eligibleCost: Money(cents: 4_000_001), requestedSubsidy: Money(cents: 3_200_000),
            submittedAt: instant)),
        ContractExample(ApplicationDeclaredIncomplete(applicationId: applicationId, reference: "PI-2006-0042",
                                                      message: "Merci de joindre la délibération du conseil municipal.")),
        ContractExample(ApplicationDeclaredComplete(applicationId: applicationId, reference: "PI-2006-0042", completedAt: instant, completeInCall: 7)),
        ContractExample(ApplicationWithdrawn(applicationId: applicationId, reference: "PI-2006-0042", withdrawnAt: instant)),
        ContractExample(ApplicationClosed(applicationId: applicationId, reference: "PI-2006-0042", closedAt: instant)),
        ContractExample(JurySittingScheduled(sittingId: sittingId, sittingDate: LocalDate(year: 2007, month: 1, day: 15),
                                             callIds: [callId], cutOff: instant)),
        ContractExample(ApplicationSelected(sittingId: sittingId, applicationId: applicationId, reference: "PI-2006-0042",
                                            grantedAmount: Money(euros: 30_000), consultingDays: nil,
                                            motivation: "Montant ajusté au plan de financement.", decidedAt: instant)),
        ContractExample(ApplicationRejected(sittingId: sittingId, applicationId: applicationId, reference: "PI-2006-0042",
                                            motivation: "Projet interne (SIG), non éligible.", decidedAt: instant)),
        ContractExample(ApplicationDeferred(sittingId: sittingId, applicationId: applicationId, reference: "PI-2006-0042",
                                            motivation: nil, nextSittingDate: LocalDate(year: 2007, month: 5, day: 15),
                                            decidedAt: instant)),
        ContractExample(JurySittingClosed(sittingId: sittingId, closedAt: instant, decisionCount: 12)),
        ContractExample(TrainingSessionScheduled(sessionId: sessionId, format: .projectWorkshop, title: "Démocratie participative",
                                                 theme: "Démocratie participative", startsAt: instant,
                                                 endsAt: instant.addingTimeInterval(3 * 3600), venue: "Mairie de Foix",
                                                 department: "09", capacity: 15)),
        ContractExample(TrainingSessionCancelled(sessionId: sessionId, reason: "Salle indisponible")),
        ContractExample(TrainingSessionChanged(sessionId: sessionId, format: .projectWorkshop, title: "Démocratie participative",
                                               theme: "Démocratie participative", startsAt: instant.addingTimeInterval(86_400),
                                               endsAt: instant.addingTimeInterval(86_400 + 3 * 3600), venue: "Salle des fêtes, Foix",
                                               department: "09", capacity: 15, scheduleChanged: true, venueChanged: true)),
        ContractExample(TrainingSessionHeld(sessionId: sessionId, format: .projectWorkshop, theme: "Démocratie participative",
                                            department: "09", startsAt: instant, confirmed: 12, heldAt: instant.addingTimeInterval(4 * 3600))),
        ContractExample(RegistrationsLinkRequested(linkId: "3f9a0c", trainee: contact, link: "https://formations.ipc.example/mes-inscriptions/jeton",
                                                   expiresAt: instant.addingTimeInterval(7 * 86_400))),
        ContractExample(HostingOfferReceived(offerId: hostingOfferId, collectivite: "Commune de Foix", department: "09", contact: contact,
                                             format: .projectWorkshop, theme: "Démocratie participative",
                                             proposedDates: "Un mardi matin de mars 2007", receivedAt: instant)),
        ContractExample(HostingOfferAnswered(offerId: hostingOfferId, collectivite: "Commune de Foix", contact: contact, accepted: true,
                                             message: "Merci de votre accueil.", sessionId: sessionId, sessionTitle: "Démocratie participative",
                                             startsAt: instant, answeredAt: instant)),
        ContractExample(AttendanceRecorded(sessionId: sessionId,
                                           present: [RegistrationID(UUID(uuidString: "a6000000-0000-4000-8000-000000000006")!)],
                                           electedPresent: 1, recordedAt: instant)),
        ContractExample(RegistrationChanged(registrationId: RegistrationID(UUID(uuidString: "a6000000-0000-4000-8000-000000000006")!),
                                            sessionId: sessionId, outcome: .waitlisted, trainee: contact,
                                            sessionTitle: "Démocratie participative", startsAt: instant, venue: "Mairie de Foix",
                                            waitlistPosition: 3, manageLink: "https://formations.ipc.example/inscriptions/jeton",
                                            traineeElected: true)),
        ContractExample(PublicationPublished(publicationId: PublicationID(UUID(uuidString: "a7000000-0000-4000-8000-000000000007")!),
                                             kind: .guide, title: "Les TIC pour les intercommunalités",
                                             summary: "Guide 2006 du centre de ressources.",
                                             url: "https://ressources.example/guides/tic-intercommunalites",
                                             trainingSessionId: nil, publishedAt: instant)),
        ContractExample(AdviceAnswered(questionId: AdviceQuestionID(UUID(uuidString: "a7000000-0000-4000-8000-000000000009")!),
                                       collectivite: "Commune de Foix", asker: contact,
                                       question: "Comment ouvrir un point d'accès public à Internet ?",
                                       answer: "Commencez par le guide des espaces publics numériques.", faqConsent: true, answeredAt: instant)),
        ContractExample(WebsiteDiagnosed(reportId: UUID(uuidString: "a7000000-0000-4000-8000-000000000010")!,
                                         websiteId: UUID(uuidString: "a7000000-0000-4000-8000-000000000011")!,
                                         collectivite: "Commune de Foix", url: "https://www.mairie-foix.example/", contact: contact,
                                         overallScore: 64, dimensions: [.init(label: "Accessibilité", score: 50)],
                                         failedChecks: ["Déclaration d'accessibilité"],
                                         reportURL: "https://ressources.example/sites/a7000000-0000-4000-8000-000000000011",
                                         diagnosedAt: instant)),
        ContractExample(EmailDelivered(messageId: MessageID(UUID(uuidString: "a8000000-0000-4000-8000-000000000008")!),
                                       template: "dossier-received", causeEventId: applicationId.uuid,
                                       subjectReference: "PI-2006-0042", attempts: 1, deliveredAt: instant)),
        ContractExample(EmailFailed(messageId: MessageID(UUID(uuidString: "a8000000-0000-4000-8000-000000000008")!),
                                    template: "dossier-received", causeEventId: applicationId.uuid,
                                    subjectReference: "PI-2006-0042", attempts: 1,
                                    lastReply: "550 5.1.1 mailbox unavailable", permanent: true, failedAt: instant)),
        ContractExample(PersonalDataRequested(requestId: personalDataRequestId, kind: .export, email: contact.email, requestedAt: instant)),
        ContractExample(PersonalDataProcessed(requestId: personalDataRequestId, service: "training", kind: .export, recordCount: 1,
                                              records: [PersonalRecord(category: "Inscription à une formation",
                                                                       fields: ["Nom": contact.name, "Adresse électronique": contact.email,
                                                                                "Session": "Démocratie participative"])],
                                              processedAt: instant)),
    ]
}
