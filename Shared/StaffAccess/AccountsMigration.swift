import Persistence

/// The account tables of a service that starts with them (training, resources): accounts
/// (bcrypt), the API's bearer tokens and the pages' sessions (SHA-256 digests only). The
/// services that had their own tables reach the same shape through their own migrations.
public enum AccountsMigration {
    /// The migration, at the place `version` gives it in the service's history.
    public static func migration(version: Int) -> Migration {
        Migration(version: version, name: "create_accounts_api_tokens_web_sessions", statements: [
            """
            CREATE TABLE accounts (
                id uuid PRIMARY KEY,
                email text NOT NULL,
                display_name text NOT NULL,
                password_hash text NOT NULL,
                role text NOT NULL,
                organisation_id uuid,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))",
            """
            CREATE TABLE api_tokens (
                token_hash bytea PRIMARY KEY,
                account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                expires_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX api_tokens_expires_at ON api_tokens (expires_at)",
            """
            CREATE TABLE web_sessions (
                token_hash bytea PRIMARY KEY,
                account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                csrf_token text NOT NULL,
                expires_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at)",
        ])
    }
}
