import Persistence

extension ResourcesMigrations {
    /// A published publication's earlier texts: an edit after its first publication keeps the
    /// text it replaces, reachable at its version's address.
    static let publicationVersions = Migration(version: 108, name: "publication_versions", statements: [
        "ALTER TABLE publications ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1)",
        """
        CREATE TABLE publication_versions (
            publication_id uuid NOT NULL REFERENCES publications (id),
            version int NOT NULL,
            title text NOT NULL,
            summary text NOT NULL,
            body_html text NOT NULL,
            licence text NOT NULL,
            replaced_at timestamptz NOT NULL,
            PRIMARY KEY (publication_id, version)
        )
        """,
    ])
}
