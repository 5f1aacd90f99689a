import Persistence

extension ApplicationsMigrations {
    /// Dossiers' attachments, kept in the database so that they commit with the dossier's history.
    static let attachments = Migration(version: 107, name: "attachments", statements: [
        """
        CREATE TABLE attachments (
            id uuid PRIMARY KEY,
            dossier_id uuid NOT NULL REFERENCES dossiers,
            file_name text NOT NULL,
            kind text NOT NULL CHECK (kind IN ('pdf', 'odt', 'ods', 'docx', 'xlsx', 'png', 'jpeg')),
            size_bytes integer NOT NULL CHECK (size_bytes > 0),
            sha256 text NOT NULL CHECK (length(sha256) = 64),
            content bytea NOT NULL,
            uploaded_by text NOT NULL,
            uploaded_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX attachments_by_dossier ON attachments (dossier_id, uploaded_at)",
    ])
}
