/// The tables every service owns in its schema: the outbox and the inbox.
/// Services number their own migrations from 100 on.
public enum PlatformMigrations {
    public static let all: [Migration] = [outbox, inbox]

    static let outbox = Migration(version: 1, name: "outbox", statements: [
        """
        CREATE TABLE outbox (
            position bigserial PRIMARY KEY,
            event_id uuid NOT NULL UNIQUE,
            topic text NOT NULL,
            message_key text NOT NULL,
            payload text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            sent_at timestamptz
        )
        """,
        "CREATE INDEX outbox_unsent ON outbox (position) WHERE sent_at IS NULL",
        // One notification per transaction wakes the relay; polling remains the fallback.
        """
        CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('outbox_' || TG_TABLE_SCHEMA, '');
            RETURN NULL;
        END
        $$
        """,
        "CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()",
    ])

    static let inbox = Migration(version: 2, name: "inbox", statements: [
        """
        CREATE TABLE inbox (
            event_id uuid PRIMARY KEY,
            event_type text NOT NULL,
            topic text NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        )
        """,
    ])
}
