import Persistence

extension ResourcesMigrations {
    /// The website diagnostic's batches and reports. A report is unique per batch and site: a
    /// batch resumed after a crash never diagnoses a site twice.
    static let websiteReports = Migration(version: 110, name: "website reports", statements: [
        """
        CREATE TABLE diagnostic_batches (
            id uuid PRIMARY KEY,
            started_at timestamptz NOT NULL,
            deadline timestamptz NOT NULL,
            concurrency int NOT NULL CHECK (concurrency BETWEEN 1 AND 64),
            finished_at timestamptz,
            outcome text CHECK (outcome IN ('complete', 'time_limit'))
        )
        """,
        """
        CREATE TABLE diagnostic_batch_sites (
            batch_id uuid NOT NULL REFERENCES diagnostic_batches (id) ON DELETE CASCADE,
            website_id uuid NOT NULL REFERENCES websites (id) ON DELETE CASCADE,
            done boolean NOT NULL DEFAULT false,
            PRIMARY KEY (batch_id, website_id)
        )
        """,
        """
        CREATE TABLE website_reports (
            id uuid PRIMARY KEY,
            website_id uuid NOT NULL REFERENCES websites (id) ON DELETE CASCADE,
            batch_id uuid REFERENCES diagnostic_batches (id) ON DELETE SET NULL,
            diagnosed_at timestamptz NOT NULL,
            url text NOT NULL,
            overall_score int CHECK (overall_score BETWEEN 0 AND 100),
            https boolean NOT NULL,
            accessibility_statement boolean NOT NULL,
            online_services boolean NOT NULL,
            report jsonb NOT NULL,
            UNIQUE (batch_id, website_id)
        )
        """,
        "CREATE INDEX website_reports_by_site ON website_reports (website_id, diagnosed_at DESC)",
    ])
}
