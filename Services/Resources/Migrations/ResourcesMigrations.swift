import Persistence

/// The resources schema, after the platform's outbox and inbox.
enum ResourcesMigrations {
    static let all: [Migration] = [activityCounts, frenchSearch, publications, accounts, indicatorFacts, adviceQuestions,
                                   diagnosticSnapshots, publicationFiles, publicationVersions, websites, websiteReports, signInFailures, auditLog]
}
