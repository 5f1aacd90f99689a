import Persistence

extension ApplicationsMigrations {
    /// Calls are data: rules, window, caps.
    static let calls = Migration(version: 101, name: "calls", statements: [
        """
        CREATE TABLE calls (
            id uuid PRIMARY KEY,
            action text NOT NULL CHECK (action IN ('consultingAid', 'innovationGrant')),
            title text NOT NULL CHECK (title <> ''),
            description text NOT NULL,
            opens_at timestamptz NOT NULL,
            closes_at timestamptz NOT NULL,
            eligible_kinds text[] NOT NULL,
            max_beneficiaries integer NOT NULL CHECK (max_beneficiaries > 0),
            subsidy_rate_bp integer CHECK (subsidy_rate_bp BETWEEN 1 AND 10000),
            subsidy_cap_cents bigint CHECK (subsidy_cap_cents > 0),
            consulting_days integer CHECK (consulting_days > 0),
            excluded_themes jsonb NOT NULL DEFAULT '[]',
            criteria text[] NOT NULL,
            budget_envelope_cents bigint CHECK (budget_envelope_cents > 0),
            closed_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now(),
            CHECK (closes_at > opens_at),
            CHECK ((action = 'innovationGrant') = (subsidy_rate_bp IS NOT NULL AND subsidy_cap_cents IS NOT NULL)),
            CHECK ((action = 'consultingAid') = (consulting_days IS NOT NULL))
        )
        """,
    ])
}
