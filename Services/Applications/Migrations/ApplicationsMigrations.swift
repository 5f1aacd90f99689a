import Persistence

/// The applications schema, after the platform's outbox and inbox.
enum ApplicationsMigrations {
    static let all: [Migration] = [juryDecisions, calls, programmeCalls, applicants, dossiers, accounts, webSessions, attachments,
                                   programmeCallsAnnouncedAgain, sharedAccounts, signInFailures, auditLog, personalDataRequests]
}
