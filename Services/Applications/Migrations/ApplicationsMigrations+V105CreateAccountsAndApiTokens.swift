import Persistence

extension ApplicationsMigrations {
    /// People: applicants' accounts and staff, with API tokens.
    static let accounts = Migration(version: 105, name: "accounts", statements: [
        """
        CREATE TABLE accounts (
            id uuid PRIMARY KEY,
            email text NOT NULL,
            display_name text NOT NULL,
            password_hash text NOT NULL,
            role text NOT NULL CHECK (role IN ('applicant', 'instructor', 'admin')),
            applicant_id uuid REFERENCES applicants,
            created_at timestamptz NOT NULL DEFAULT now(),
            CHECK ((role = 'applicant') = (applicant_id IS NOT NULL))
        )
        """,
        "CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))",
        """
        CREATE TABLE api_tokens (
            token_hash bytea PRIMARY KEY,
            account_id uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
            expires_at timestamptz NOT NULL
        )
        """,
    ])
}
