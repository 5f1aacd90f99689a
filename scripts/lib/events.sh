# shellcheck shell=bash
# Writes an event into a service's outbox as that service's role, exactly as the service
# does in its own transactions; its relay then publishes it. Used by the end-to-end checks,
# which write raw JSON on purpose: the wire contract as another implementation would send it.

# ipc_publish ROLE TOPIC KEY EVENT_ID JSON — does nothing if the event id is already there.
ipc_publish() {
    PGPASSWORD="${1}_dev" psql -h 127.0.0.1 -p "$IPC_PG_PORT" -U "$1" -d "$IPC_DB" -v ON_ERROR_STOP=1 -q \
        -v topic="$2" -v key="$3" -v event_id="$4" -v payload="$5" <<'SQL'
INSERT INTO outbox (event_id, topic, message_key, payload) VALUES (:'event_id', :'topic', :'key', :'payload')
ON CONFLICT (event_id) DO NOTHING;
SQL
}

ipc_uuid() { python3 -c 'import uuid; print(uuid.uuid4())'; }
