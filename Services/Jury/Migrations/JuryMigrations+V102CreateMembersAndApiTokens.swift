import Persistence

extension JuryMigrations {
    /// Staff and jurors, and the API's bearer tokens (SHA-256 digests only).
    static let members = Migration(version: 102, name: "members", statements: [
        """
        CREATE TABLE members (
            id uuid PRIMARY KEY,
            email text NOT NULL,
            display_name text NOT NULL,
            password_hash text NOT NULL,
            role text NOT NULL CHECK (role IN ('staff', 'juror')),
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE UNIQUE INDEX members_email ON members (lower(email))",
        """
        CREATE TABLE api_tokens (
            token_hash bytea PRIMARY KEY,
            member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            expires_at timestamptz NOT NULL
        )
        """,
    ])
}
