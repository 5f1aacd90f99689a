import Persistence
import StaffAccess

/// The notifications schema, after the platform's outbox and inbox.
enum NotificationsMigrations {
    static let all: [Migration] = [dossierContacts, mailQueue, sendingLeases, staffAccounts, deliveryLog, dossierProgress, queueNotifications, traineesAndSubscribers, waitingEvents, failedMessages, sharedAccounts, signInFailures, auditLog, erasedAddresses]
}
