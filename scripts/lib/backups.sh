# The backup check of scripts/test: every schema of the test cluster dumped with
# compose/ipc-backup, each restored alone into a fresh cluster, and the five services started
# on it: they come back ready, with the same rows, accounts that sign in, and audit trails
# intact. Sourced after platform.sh and services.sh, with the test profile's services running.

ipc_check_backups() {
    # Beside the test cluster, where its owner (postgres, when we are root) can reach it.
    local restored; restored="$(dirname "$IPC_PG_DATA")/pg-restored"
    local status=0
    ipc_restore_and_compare "$restored" || status=$?
    ipc_stop_services
    IPC_PG_DATA="$restored/data" ipc_stop_postgres
    return "$status"
}

ipc_restore_and_compare() {
    local restored="$1" backup="$IPC_STATE/backup" restored_port=$((IPC_PG_PORT + 1)) svc
    local admin=(env PGHOST=127.0.0.1 PGUSER="$IPC_PG_ADMIN" PGPASSWORD="$IPC_PG_ADMIN_PASSWORD" PGDATABASE="$IPC_DB")
    local figures="SELECT concat_ws(' ', (SELECT count(*) FROM applications.dossiers), (SELECT count(*) FROM applications.accounts),
        (SELECT count(*) FROM jury.decisions), (SELECT count(*) FROM training.registrations), (SELECT count(*) FROM resources.publications),
        (SELECT count(*) FROM notifications.messages), (SELECT count(*) FROM applications.audit_log))"
    rm -rf "$backup" "$restored"
    "${admin[@]}" PGPORT="$IPC_PG_PORT" "$IPC_ROOT/compose/ipc-backup" dump "$backup" || return 1
    local before after
    before=$("${admin[@]}" PGPORT="$IPC_PG_PORT" psql -tAc "$figures")
    ipc_stop_services
    (IPC_PG_DATA="$restored/data" IPC_PG_PORT="$restored_port" ipc_start_postgres) || return 1
    for svc in "${IPC_SERVICES[@]}"; do
        "${admin[@]}" PGPORT="$restored_port" "$IPC_ROOT/compose/ipc-backup" restore "$backup" "$svc" || return 1
    done
    after=$("${admin[@]}" PGPORT="$restored_port" psql -tAc "$figures")
    echo "  rows (dossiers, applications' accounts, decisions, registrations, publications, emails, audit entries): before $before, restored $after"
    [ "$before" = "$after" ] || return 1
    IPC_PG_SERVICE_PORT="$restored_port" ipc_start_services
    ipc_wait_ready 120 || return 1
    local base="http://127.0.0.1:$((IPC_HTTP_BASE + 1))"
    curl -fsS --max-time 30 -X POST "$base/api/auth/token" -H 'Content-Type: application/json' \
        -d '{"email":"admin@ipc.example","password":"administration-demo"}' >/dev/null || { echo "  the restored administrator cannot sign in"; return 1; }
    local calls; calls=$(curl -fsS --max-time 30 "$base/api/calls" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
    [ "$calls" = "$("${admin[@]}" PGPORT="$restored_port" psql -tAc "SELECT count(*) FROM applications.calls")" ] \
        || { echo "  the restored service lists $calls calls"; return 1; }
    for svc in "${IPC_SERVICES[@]}"; do
        HTTP_PORT=$((IPC_HTTP_BASE + 99)) POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$restored_port" POSTGRES_USER="$svc" \
            POSTGRES_PASSWORD="${svc}_dev" POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" LOG_LEVEL=warning \
            "$IPC_BIN/$svc" audit verify | sed "s/^/  $svc: /" || return 1
    done
}
