import Persistence

extension JuryMigrations {
    /// The calls' rules, from `CallPublished`, and the places and budget the jury has used:
    /// the checks make "never more than the call allows" hold under concurrent decisions.
    static let calls = Migration(version: 101, name: "calls", statements: [
        """
        CREATE TABLE calls (
            call_id uuid PRIMARY KEY,
            action text NOT NULL,
            title text NOT NULL,
            max_beneficiaries integer NOT NULL,
            subsidy_rate_bp integer,
            subsidy_cap_cents bigint,
            consulting_days integer,
            criteria text[] NOT NULL,
            budget_envelope_cents bigint,
            selected_count integer NOT NULL DEFAULT 0,
            granted_cents bigint NOT NULL DEFAULT 0,
            CONSTRAINT calls_places CHECK (selected_count <= max_beneficiaries),
            CONSTRAINT calls_budget CHECK (budget_envelope_cents IS NULL OR granted_cents <= budget_envelope_cents)
        )
        """,
    ])
}
