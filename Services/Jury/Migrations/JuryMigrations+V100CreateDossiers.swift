import Persistence

extension JuryMigrations {
    /// The jury's own view of dossiers, built only from `applications.v1`.
    static let dossiers = Migration(version: 100, name: "dossiers", statements: [
        """
        CREATE TABLE dossiers (
            application_id uuid PRIMARY KEY,
            reference text NOT NULL,
            call_id uuid NOT NULL,
            action text NOT NULL,
            applicant_name text NOT NULL,
            applicant_kind text NOT NULL,
            department text NOT NULL,
            population integer NOT NULL,
            priority_target boolean NOT NULL,
            project_title text NOT NULL,
            theme text NOT NULL,
            eligible_cost_cents bigint,
            requested_subsidy_cents bigint,
            status text NOT NULL,
            submitted_at timestamptz NOT NULL,
            completed_at timestamptz,
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX dossiers_call_status ON dossiers (call_id, status)",
    ])
}
