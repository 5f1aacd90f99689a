import Persistence

extension SignInThrottle {
    /// The `sign_in_failures` table, at the place `version` gives it in the service's history.
    public static func migration(version: Int) -> Migration {
        Migration(version: version, name: "create_sign_in_failures", statements: [
            """
            CREATE TABLE sign_in_failures (
                key bytea NOT NULL,
                failed_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX sign_in_failures_key ON sign_in_failures (key, failed_at)",
        ])
    }
}
