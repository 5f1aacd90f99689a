/// Every event contract of the platform, for documentation and contract tests.
public enum EventCatalog {
    public static let all: [any EventPayload.Type] = [
        CallPublished.self,
        CallClosed.self,
        ApplicationSubmitted.self,
        ApplicationDeclaredIncomplete.self,
        ApplicationDeclaredComplete.self,
        ApplicationWithdrawn.self,
        ApplicationClosed.self,
        JurySittingScheduled.self,
        ApplicationSelected.self,
        ApplicationRejected.self,
        ApplicationDeferred.self,
        JurySittingClosed.self,
        TrainingSessionScheduled.self,
        TrainingSessionChanged.self,
        TrainingSessionCancelled.self,
        TrainingSessionHeld.self,
        RegistrationChanged.self,
        RegistrationsLinkRequested.self,
        AttendanceRecorded.self,
        HostingOfferReceived.self,
        HostingOfferAnswered.self,
        PublicationPublished.self,
        EmailDelivered.self,
        EmailFailed.self,
    ]
}
