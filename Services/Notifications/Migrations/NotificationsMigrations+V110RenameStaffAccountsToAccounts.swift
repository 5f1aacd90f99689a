import Persistence

extension NotificationsMigrations {
    /// The staff tables take the shared accounts' names and shape, rows unchanged: every
    /// existing account is `staff`, the only role of this back-office.
    static let sharedAccounts = Migration(version: 110, name: "staff_accounts_to_accounts", statements: [
        "ALTER TABLE staff_accounts RENAME TO accounts",
        "ALTER TABLE accounts RENAME CONSTRAINT staff_accounts_pkey TO accounts_pkey",
        "ALTER INDEX staff_accounts_email RENAME TO accounts_email",
        "ALTER TABLE accounts ADD COLUMN role text NOT NULL DEFAULT 'staff' CONSTRAINT accounts_role_check CHECK (role IN ('staff'))",
        "ALTER TABLE accounts ALTER COLUMN role DROP DEFAULT",
        "ALTER TABLE accounts ADD COLUMN organisation_id uuid",
        "ALTER TABLE staff_api_tokens RENAME TO api_tokens",
        "ALTER TABLE api_tokens RENAME CONSTRAINT staff_api_tokens_pkey TO api_tokens_pkey",
        "ALTER TABLE api_tokens RENAME CONSTRAINT staff_api_tokens_account_id_fkey TO api_tokens_account_id_fkey",
        "ALTER TABLE staff_web_sessions RENAME TO web_sessions",
        "ALTER TABLE web_sessions RENAME CONSTRAINT staff_web_sessions_pkey TO web_sessions_pkey",
        "ALTER TABLE web_sessions RENAME CONSTRAINT staff_web_sessions_account_id_fkey TO web_sessions_account_id_fkey",
        "CREATE INDEX api_tokens_expires_at ON api_tokens (expires_at)",
        "CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at)",
    ])
}
