import Persistence

extension AuditTrail {
    /// The `audit_log` table and the trigger that keeps it append-only, at the place `version`
    /// gives it in the service's history.
    public static func migration(version: Int) -> Migration {
        Migration(version: version, name: "create_audit_log", statements: [
            """
            CREATE TABLE audit_log (
                position bigserial PRIMARY KEY,
                occurred_at timestamptz NOT NULL,
                action text NOT NULL,
                subject text NOT NULL,
                record text NOT NULL,
                previous_hash bytea NOT NULL,
                hash bytea NOT NULL UNIQUE
            )
            """,
            "CREATE INDEX audit_log_subject ON audit_log (subject)",
            """
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
            END
            $$
            """,
            "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
        ])
    }
}
