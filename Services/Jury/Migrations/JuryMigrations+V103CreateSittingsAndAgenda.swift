import Persistence

extension JuryMigrations {
    /// Sittings, their calls, members and agenda.
    static let sittings = Migration(version: 103, name: "sittings", statements: [
        """
        CREATE TABLE sittings (
            id uuid PRIMARY KEY,
            sitting_date date NOT NULL,
            cut_off timestamptz NOT NULL,
            quorum integer NOT NULL CHECK (quorum > 0),
            closed_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE sitting_calls (
            sitting_id uuid NOT NULL REFERENCES sittings (id),
            call_id uuid NOT NULL REFERENCES calls (call_id),
            PRIMARY KEY (sitting_id, call_id)
        )
        """,
        """
        CREATE TABLE sitting_members (
            sitting_id uuid NOT NULL REFERENCES sittings (id),
            member_id uuid NOT NULL REFERENCES members (id),
            role text NOT NULL CHECK (role IN ('chair', 'member')),
            -- Recorded as the sitting closes, for its quorum and minutes.
            present boolean NOT NULL DEFAULT false,
            PRIMARY KEY (sitting_id, member_id)
        )
        """,
        """
        CREATE TABLE agenda (
            sitting_id uuid NOT NULL REFERENCES sittings (id),
            application_id uuid NOT NULL REFERENCES dossiers (application_id),
            PRIMARY KEY (sitting_id, application_id)
        )
        """,
    ])
}
