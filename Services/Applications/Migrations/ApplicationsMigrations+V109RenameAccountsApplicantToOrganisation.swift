import Persistence

extension ApplicationsMigrations {
    /// `accounts`: the collectivité column takes the shared accounts' name (`organisation_id`),
    /// its rows unchanged; expired tokens and sessions are found by their expiry.
    static let sharedAccounts = Migration(version: 109, name: "accounts_organisation_id", statements: [
        "ALTER TABLE accounts RENAME COLUMN applicant_id TO organisation_id",
        "ALTER TABLE accounts RENAME CONSTRAINT accounts_applicant_id_fkey TO accounts_organisation_id_fkey",
        "CREATE INDEX api_tokens_expires_at ON api_tokens (expires_at)",
        "CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at)",
    ])
}
