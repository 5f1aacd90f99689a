import Persistence

/// The jury schema, after the platform's outbox and inbox.
enum JuryMigrations {
    static let all: [Migration] = [dossiers, calls, members, sittings, deliberations, webSessions, callCompletions, sharedAccounts, signInFailures, auditLog]
}
