# shellcheck shell=bash
# Demo data for scripts/run: events of the 2006–2008 programme, with fixed ids so that a
# second run adds nothing. They travel through the real outboxes, broker and inboxes.

# The applications service's demo: accounts, the current edition of both calls, two
# collectivités and their dossiers, through its command-line tool and API.
ipc_load_applications_demo() {
    HTTP_PORT=$((IPC_HTTP_BASE + 1)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER=applications \
    POSTGRES_PASSWORD=applications_dev POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        python3 "$IPC_ROOT/scripts/lib/demo_applications.py" "http://127.0.0.1:$((IPC_HTTP_BASE + 1))" \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/applications"
}

# The jury's demo: its accounts, through its command-line tool, and a sitting on the current
# edition of both calls, through its API (after the applications demo, whose events it needs).
ipc_load_jury_demo() {
    HTTP_PORT=$((IPC_HTTP_BASE + 2)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER=jury \
    POSTGRES_PASSWORD=jury_dev POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        python3 "$IPC_ROOT/scripts/lib/demo_jury.py" "http://127.0.0.1:$((IPC_HTTP_BASE + 2))" "http://127.0.0.1:$((IPC_HTTP_BASE + 1))" \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/jury"
}

# The training service's demo: its staff account, through its command-line tool, and a
# catalogue across the eight départements, through its API.
ipc_load_training_demo() {
    HTTP_PORT=$((IPC_HTTP_BASE + 3)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER=training \
    POSTGRES_PASSWORD=training_dev POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        python3 "$IPC_ROOT/scripts/lib/demo_training.py" "http://127.0.0.1:$((IPC_HTTP_BASE + 3))" \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/training"
}

# The resource centre's demo: its staff account, through its command-line tool, and the
# brochure's productions, published through its API.
ipc_load_resources_demo() {
    HTTP_PORT=$((IPC_HTTP_BASE + 4)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER=resources \
    POSTGRES_PASSWORD=resources_dev POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        python3 "$IPC_ROOT/scripts/lib/demo_resources.py" "http://127.0.0.1:$((IPC_HTTP_BASE + 4))" \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/resources"
}

# The notifications back-office's account (the delivery log), through its command-line tool.
ipc_load_notifications_demo() {
    local output
    output=$(printf 'courriels-demo-2026\n' | HTTP_PORT=$((IPC_HTTP_BASE + 5)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" \
        POSTGRES_USER=notifications POSTGRES_PASSWORD=notifications_dev POSTGRES_DATABASE="$IPC_DB" \
        KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
        "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/notifications" account create \
        --email courriels@ipc.example --name "Équipe du programme" --role staff 2>&1) || case "$output" in
            *déjà*) ;;
            *) echo "demo: notifications account: $output" >&2; return 1 ;;
        esac
}

# The 2006 history (two dossiers, a sitting and its selection, a training material), written
# into the services' outboxes by ipc-demo, which encodes each event with its contract: fixed
# ids, so a second load adds nothing.
ipc_load_demo_data() {
    local svc
    for svc in applications jury resources; do
        HTTP_PORT=$((IPC_HTTP_BASE + 99)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER="$svc" \
            POSTGRES_PASSWORD="${svc}_dev" POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
            "${IPC_BIN:-$(cd "$IPC_ROOT" && swift build --show-bin-path)}/ipc-demo" "$svc" || return 1
    done
}
