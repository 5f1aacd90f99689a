import Persistence

extension JuryMigrations {
    /// Declarations of interest, scores and decisions; a dossier is decided once per sitting.
    static let deliberations = Migration(version: 104, name: "deliberations", statements: [
        """
        CREATE TABLE declarations (
            sitting_id uuid NOT NULL,
            application_id uuid NOT NULL,
            member_id uuid NOT NULL REFERENCES members (id),
            conflict boolean NOT NULL,
            declared_at timestamptz NOT NULL,
            PRIMARY KEY (sitting_id, application_id, member_id),
            FOREIGN KEY (sitting_id, application_id) REFERENCES agenda (sitting_id, application_id)
        )
        """,
        """
        CREATE TABLE scores (
            sitting_id uuid NOT NULL,
            application_id uuid NOT NULL,
            member_id uuid NOT NULL,
            criterion integer NOT NULL,
            score integer NOT NULL CHECK (score BETWEEN 0 AND 5),
            comment text,
            PRIMARY KEY (sitting_id, application_id, member_id, criterion),
            FOREIGN KEY (sitting_id, application_id, member_id) REFERENCES declarations (sitting_id, application_id, member_id)
        )
        """,
        """
        CREATE TABLE decisions (
            sitting_id uuid NOT NULL,
            application_id uuid NOT NULL,
            decision text NOT NULL CHECK (decision IN ('selected', 'rejected', 'deferred')),
            granted_cents bigint,
            consulting_days integer,
            motivation text,
            decided_by text NOT NULL,
            decided_at timestamptz NOT NULL,
            PRIMARY KEY (sitting_id, application_id),
            FOREIGN KEY (sitting_id, application_id) REFERENCES agenda (sitting_id, application_id)
        )
        """,
    ])
}
