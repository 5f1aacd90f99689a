import Persistence

extension JuryMigrations {
    /// The pages' sessions: the cookie's SHA-256 digest and the CSRF token its forms send back.
    static let webSessions = Migration(version: 105, name: "web_sessions", statements: [
        """
        CREATE TABLE web_sessions (
            token_hash bytea PRIMARY KEY,
            member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            csrf_token text NOT NULL,
            expires_at timestamptz NOT NULL
        )
        """,
    ])
}
