# shellcheck shell=bash
# Builds, starts and stops the five service executables of a profile.

ipc_build_services() {
    local configuration="$1"
    log "building the services ($configuration)"
    (cd "$IPC_ROOT" && swift build -c "$configuration" 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' | grep -v "^warning: " >&2) || true
    IPC_BIN="$(cd "$IPC_ROOT" && swift build -c "$configuration" --show-bin-path)"
    for svc in "${IPC_SERVICES[@]}"; do
        [ -x "$IPC_BIN/$svc" ] || die "the build did not produce $IPC_BIN/$svc"
    done
}

ipc_start_services() {
    local i
    for i in "${!IPC_SERVICES[@]}"; do ipc_start_service "${IPC_SERVICES[$i]}"; done
}

# Starts (or restarts) one service of the profile on its port.
ipc_start_service() {
    local svc="$1" i port
    for i in "${!IPC_SERVICES[@]}"; do [ "${IPC_SERVICES[$i]}" = "$svc" ] && port=$((IPC_HTTP_BASE + i + 1)); done
    [ -n "${port:-}" ] || die "unknown service $svc"
    ipc_stop_pidfile "$IPC_STATE/pids/$svc.pid"
    # Locally a claimed email waits 10 s (not a minute) for a sender that died.
    HTTP_PORT="$port" \
    POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_PORT" POSTGRES_USER="$svc" POSTGRES_PASSWORD="${svc}_dev" \
    POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT" \
    SMTP_HOST=127.0.0.1 SMTP_PORT="$IPC_SMTP_PORT" SMTP_TLS=off SMTP_SENDER=ne-pas-repondre@ipc.example MAIL_LEASE_SECONDS=10 \
    MAIL_RATE_PER_SECOND="${MAIL_RATE_PER_SECOND:-20}" PUBLIC_URL="http://127.0.0.1:$port" \
        "$IPC_BIN/$svc" >>"$IPC_STATE/logs/$svc.log" 2>&1 &
    echo $! > "$IPC_STATE/pids/$svc.pid"
}

ipc_stop_services() {
    local svc
    for svc in "${IPC_SERVICES[@]}"; do ipc_stop_pidfile "$IPC_STATE/pids/$svc.pid"; done
}

# Waits until every service answers 200 on /health/ready.
ipc_wait_ready() {
    local timeout="$1" deadline=$((SECONDS + $1)) i svc port
    for i in "${!IPC_SERVICES[@]}"; do
        svc="${IPC_SERVICES[$i]}"; port=$((IPC_HTTP_BASE + i + 1))
        until curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
            if [ $SECONDS -ge $deadline ]; then
                log "$svc is not ready after ${timeout}s:"
                curl -sS "http://127.0.0.1:$port/health/ready" >&2 || true
                tail -n 20 "$IPC_STATE/logs/$svc.log" >&2 || true
                return 1
            fi
            if ! kill -0 "$(cat "$IPC_STATE/pids/$svc.pid")" 2>/dev/null; then
                log "$svc exited:"; tail -n 20 "$IPC_STATE/logs/$svc.log" >&2; return 1
            fi
            sleep 0.5
        done
        log "$svc ready on http://127.0.0.1:$port"
    done
}
