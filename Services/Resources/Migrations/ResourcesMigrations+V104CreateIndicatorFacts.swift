import Persistence

extension ResourcesMigrations {
    /// The facts the indicators are counted from, one row per call, dossier, session and
    /// registration, kept from the topics. Every handler sets values (never adds), so that an
    /// event applied twice, or every event applied again by a rebuild, gives the same rows.
    static let indicatorFacts = Migration(version: 104, name: "indicator_facts", statements: [
        """
        CREATE TABLE indicator_calls (
            call_id uuid PRIMARY KEY,
            action text NOT NULL,
            title text NOT NULL,
            year int NOT NULL,
            max_beneficiaries int NOT NULL
        )
        """,
        // A jury decision can arrive before the dossier's submission (two topics): the row
        // is then created by the decision and completed by the submission.
        """
        CREATE TABLE indicator_dossiers (
            application_id uuid PRIMARY KEY,
            call_id uuid,
            action text,
            department text,
            priority_target boolean,
            year int,
            requested_cents bigint,
            granted_cents bigint,
            status text NOT NULL,
            status_at timestamptz NOT NULL
        )
        """,
        """
        CREATE TABLE indicator_sessions (
            session_id uuid PRIMARY KEY,
            format text NOT NULL,
            theme text NOT NULL,
            department text NOT NULL,
            year int NOT NULL,
            capacity int NOT NULL,
            cancelled boolean NOT NULL DEFAULT false,
            held boolean NOT NULL DEFAULT false
        )
        """,
        // The trainee as a SHA-256 of their address: enough to count a person once, not to reach them.
        """
        CREATE TABLE indicator_registrations (
            registration_id uuid PRIMARY KEY,
            session_id uuid NOT NULL,
            trainee_digest text NOT NULL,
            elected boolean NOT NULL,
            live boolean NOT NULL,
            attended boolean NOT NULL DEFAULT false
        )
        """,
        "CREATE INDEX indicator_registrations_session ON indicator_registrations (session_id)",
        // The daily event counts these facts replace.
        "DROP TABLE activity_counts",
    ])
}
