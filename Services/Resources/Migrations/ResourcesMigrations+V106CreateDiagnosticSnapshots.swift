import Persistence

extension ResourcesMigrations {
    /// The annual diagnostics: a year's indicators frozen as staff published them, never
    /// recounted, each with the publication that announced it.
    static let diagnosticSnapshots = Migration(version: 106, name: "diagnostic_snapshots", statements: [
        """
        CREATE TABLE diagnostic_snapshots (
            year int PRIMARY KEY,
            figures jsonb NOT NULL,
            frozen_at timestamptz NOT NULL,
            frozen_by text NOT NULL,
            publication_id uuid NOT NULL REFERENCES publications (id)
        )
        """,
    ])
}
