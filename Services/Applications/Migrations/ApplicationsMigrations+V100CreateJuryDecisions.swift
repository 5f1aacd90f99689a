import Persistence

extension ApplicationsMigrations {
    /// The jury's decisions, as received from `jury.v1`, to show on each dossier.
    static let juryDecisions = Migration(version: 100, name: "jury_decisions", statements: [
        """
        CREATE TABLE jury_decisions (
            event_id uuid PRIMARY KEY,
            application_id uuid NOT NULL,
            sitting_id uuid NOT NULL,
            decision text NOT NULL CHECK (decision IN ('selected', 'rejected', 'deferred')),
            granted_amount_cents bigint,
            consulting_days integer,
            motivation text,
            decided_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX jury_decisions_application ON jury_decisions (application_id, decided_at)",
    ])
}
