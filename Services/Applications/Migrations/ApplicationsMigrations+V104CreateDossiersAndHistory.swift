import Persistence

extension ApplicationsMigrations {
    /// Dossiers, their readable references and their history.
    static let dossiers = Migration(version: 104, name: "dossiers", statements: [
        """
        CREATE TABLE reference_counters (
            prefix text NOT NULL,
            year integer NOT NULL,
            last_number integer NOT NULL,
            PRIMARY KEY (prefix, year)
        )
        """,
        """
        CREATE TABLE dossiers (
            id uuid PRIMARY KEY,
            reference text NOT NULL UNIQUE,
            call_id uuid NOT NULL REFERENCES calls,
            applicant_id uuid NOT NULL REFERENCES applicants,
            status text NOT NULL CHECK (status IN ('draft', 'submitted', 'incomplete', 'complete', 'onAgenda', 'selected',
                                                   'rejected', 'deferred', 'withdrawn', 'closed')),
            project_title text NOT NULL DEFAULT '',
            theme text NOT NULL DEFAULT '',
            summary text NOT NULL DEFAULT '',
            eligible_cost_cents bigint CHECK (eligible_cost_cents > 0),
            requested_subsidy_cents bigint CHECK (requested_subsidy_cents >= 0),
            staff_message text,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            submitted_at timestamptz,
            completed_at timestamptz
        )
        """,
        // At most one open dossier per applicant and call, even when two requests race.
        """
        CREATE UNIQUE INDEX dossiers_one_open_per_applicant_and_call ON dossiers (applicant_id, call_id)
        WHERE status NOT IN ('withdrawn', 'rejected', 'closed')
        """,
        "CREATE INDEX dossiers_by_call_and_status ON dossiers (call_id, status)",
        """
        CREATE TABLE dossier_history (
            position bigserial PRIMARY KEY,
            dossier_id uuid NOT NULL REFERENCES dossiers,
            at timestamptz NOT NULL,
            actor text NOT NULL,
            action text NOT NULL,
            status text NOT NULL,
            event_id uuid,
            message text
        )
        """,
        "CREATE INDEX dossier_history_by_dossier ON dossier_history (dossier_id, position)",
    ])
}
