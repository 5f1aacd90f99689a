import Persistence

extension ApplicationsMigrations {
    /// Requests about a person's data and each service's confirmation. The request keeps the
    /// address masked only: the address itself travels in the event, and an erased person
    /// must not stay named on the request that erased them.
    static let personalDataRequests = Migration(version: 112, name: "create_personal_data_requests", statements: [
        """
        CREATE TABLE personal_data_requests (
            id uuid PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('export', 'erasure')),
            subject text NOT NULL,
            requested_by uuid NOT NULL REFERENCES accounts (id),
            requested_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX personal_data_requests_recent ON personal_data_requests (requested_at DESC)",
        """
        CREATE TABLE personal_data_confirmations (
            request_id uuid NOT NULL REFERENCES personal_data_requests (id),
            service text NOT NULL,
            record_count integer NOT NULL CHECK (record_count >= 0),
            records jsonb NOT NULL,
            processed_at timestamptz NOT NULL,
            PRIMARY KEY (request_id, service)
        )
        """,
    ])
}
