import Persistence

extension JuryMigrations {
    /// `members` becomes the shared `accounts` table, rows unchanged (the tables that name a
    /// member keep their foreign keys); tokens and sessions name an `account_id`.
    static let sharedAccounts = Migration(version: 107, name: "members_to_accounts", statements: [
        "ALTER TABLE members RENAME TO accounts",
        "ALTER TABLE accounts RENAME CONSTRAINT members_pkey TO accounts_pkey",
        "ALTER TABLE accounts RENAME CONSTRAINT members_role_check TO accounts_role_check",
        "ALTER INDEX members_email RENAME TO accounts_email",
        "ALTER TABLE accounts ADD COLUMN organisation_id uuid",
        "ALTER TABLE api_tokens RENAME COLUMN member_id TO account_id",
        "ALTER TABLE api_tokens RENAME CONSTRAINT api_tokens_member_id_fkey TO api_tokens_account_id_fkey",
        "ALTER TABLE web_sessions RENAME COLUMN member_id TO account_id",
        "ALTER TABLE web_sessions RENAME CONSTRAINT web_sessions_member_id_fkey TO web_sessions_account_id_fkey",
        "CREATE INDEX api_tokens_expires_at ON api_tokens (expires_at)",
        "CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at)",
    ])
}
