import Persistence

extension ResourcesMigrations {
    /// Files attached to publications, each upload a new version of its name (the old ones stay
    /// reachable), and their text in the search: the latest versions' extracted text joins
    /// the publication's vector with the lowest weight.
    static let publicationFiles = Migration(version: 107, name: "publication_files", statements: [
        """
        CREATE TABLE publication_files (
            id uuid PRIMARY KEY,
            publication_id uuid NOT NULL REFERENCES publications (id),
            file_name text NOT NULL,
            version int NOT NULL CHECK (version >= 1),
            media_type text NOT NULL,
            size_bytes int NOT NULL CHECK (size_bytes > 0),
            sha256 text NOT NULL,
            content bytea NOT NULL,
            extracted_text text NOT NULL,
            uploaded_at timestamptz NOT NULL,
            uploaded_by text NOT NULL,
            UNIQUE (publication_id, file_name, version)
        )
        """,
        "ALTER TABLE publications ADD COLUMN files_text text NOT NULL DEFAULT ''",
        // The search vector is generated again with the files' text (the function that reads it
        // names the column, not its definition).
        "DROP INDEX publications_search",
        "ALTER TABLE publications DROP COLUMN search",
        """
        ALTER TABLE publications ADD COLUMN search tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('french_folded', title), 'A') || setweight(to_tsvector('french_folded', summary), 'B')
            || setweight(to_tsvector('french_folded', body), 'C') || setweight(to_tsvector('french_folded', files_text), 'D')) STORED
        """,
        "CREATE INDEX publications_search ON publications USING gin (search)",
    ])
}
