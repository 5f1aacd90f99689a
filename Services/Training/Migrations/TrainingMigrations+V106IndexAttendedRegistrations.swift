import Persistence

extension TrainingMigrations {
    /// The objective's count reads the attended registrations by person.
    static let attendedIndex = Migration(version: 106, name: "registrations_attended", statements: [
        "CREATE INDEX registrations_attended ON registrations (email_digest) WHERE attended",
    ])
}
