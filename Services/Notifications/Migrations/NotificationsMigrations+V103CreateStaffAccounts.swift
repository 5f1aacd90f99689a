import Persistence
import StaffAccess

extension NotificationsMigrations {
    /// The back-office's accounts (the delivery log needs a login). Released: its SQL stays as
    /// it was applied, and version 110 gives the tables their shared shape.
    static let staffAccounts = Migration(version: 103, name: "staff_accounts", statements: [
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
