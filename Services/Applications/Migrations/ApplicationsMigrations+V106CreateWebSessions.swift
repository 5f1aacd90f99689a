import Persistence

extension ApplicationsMigrations {
    /// Signed-in browsers of the portal and the back office, each with its CSRF token.
    static let webSessions = Migration(version: 106, name: "web_sessions", statements: [
        """
        CREATE TABLE web_sessions (
            token_hash bytea PRIMARY KEY,
            account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
            csrf_token text NOT NULL,
            expires_at timestamptz NOT NULL
        )
        """,
    ])
}
