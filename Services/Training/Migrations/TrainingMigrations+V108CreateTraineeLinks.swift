import Persistence

extension TrainingMigrations {
    /// "Mes inscriptions" links asked for by address: the token's digest, the person's address
    /// digest, and until when it opens their registrations.
    static let traineeLinks = Migration(version: 108, name: "trainee_links", statements: [
        """
        CREATE TABLE trainee_links (
            token_hash bytea PRIMARY KEY,
            email_digest bytea NOT NULL,
            created_at timestamptz NOT NULL,
            expires_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX trainee_links_by_person ON trainee_links (email_digest, created_at)",
    ])
}
