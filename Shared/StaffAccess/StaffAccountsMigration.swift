import Persistence

/// The tables of staff accounts, in the schema of the service that adopts them: accounts
/// (bcrypt), the API's bearer tokens and the pages' sessions (SHA-256 digests only).
public enum StaffAccountsMigration {
    /// The migration, at the place `version` gives it in the service's history.
    public static func migration(version: Int) -> Migration {
        Migration(version: version, name: "staff_accounts", statements: [
            """
            CREATE TABLE staff_accounts (
                id uuid PRIMARY KEY,
                email text NOT NULL,
                display_name text NOT NULL,
                password_hash text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE UNIQUE INDEX staff_accounts_email ON staff_accounts (lower(email))",
            """
            CREATE TABLE staff_api_tokens (
                token_hash bytea PRIMARY KEY,
                account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
                expires_at timestamptz NOT NULL
            )
            """,
            """
            CREATE TABLE staff_web_sessions (
                token_hash bytea PRIMARY KEY,
                account_id uuid NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
                csrf_token text NOT NULL,
                expires_at timestamptz NOT NULL
            )
            """,
        ])
    }
}
