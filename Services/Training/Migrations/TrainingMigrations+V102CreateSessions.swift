import Persistence

extension TrainingMigrations {
    /// Sessions: what, for whom, where (the host collectivité's room), when, and how many
    /// places; the database holds the confirmed count under the capacity.
    static let sessions = Migration(version: 102, name: "sessions", statements: [
        """
        CREATE TABLE sessions (
            id uuid PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('awarenessSeminar', 'knowledgeBuffet', 'projectWorkshop')),
            audience text NOT NULL CHECK (audience IN ('electedOfficials', 'projectLeads', 'multimediaSector')),
            title text NOT NULL,
            theme text NOT NULL REFERENCES themes (code),
            description text NOT NULL,
            host text NOT NULL,
            department text NOT NULL CHECK (department IN ('09', '12', '31', '32', '46', '65', '81', '82')),
            town text NOT NULL,
            address text NOT NULL,
            room text NOT NULL,
            internet_connection boolean NOT NULL,
            step_free_access boolean NOT NULL,
            starts_at timestamptz NOT NULL,
            ends_at timestamptz NOT NULL,
            trainer text NOT NULL,
            capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
            confirmed integer NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
            cancellation_deadline timestamptz NOT NULL,
            status text NOT NULL CHECK (status IN ('draft', 'open', 'held', 'cancelled')),
            cancellation_reason text,
            updated_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT sessions_within_capacity CHECK (confirmed <= capacity),
            CONSTRAINT sessions_ends_after_start CHECK (ends_at > starts_at)
        )
        """,
        "CREATE INDEX sessions_by_start ON sessions (starts_at) WHERE status IN ('open', 'held')",
    ])
}
