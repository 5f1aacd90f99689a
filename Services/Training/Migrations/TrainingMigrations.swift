import Persistence

/// The training schema, after the platform's outbox and inbox.
enum TrainingMigrations {
    static let all: [Migration] = [trainingMaterials, themes, sessions, registrations, accounts, sessionSummaries, attendedIndex, hostingOffers, traineeLinks, signInFailures, auditLog]
}
