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

# Starts (or restarts) one service of the profile on its port, under a supervisor that
# starts it again when it dies (a crash, a kill -9), as compose's restart policy does: after
# 1 s, then twice as long each time up to a minute, back to 1 s once it has run a minute.
# An exit asked for (status 0 after SIGTERM) or a configuration error (78) is not retried.
# $svc.pid holds the service's own process, $svc.supervisor.pid its supervisor's.
ipc_start_service() {
    local svc="$1" i port
    for i in "${!IPC_SERVICES[@]}"; do [ "${IPC_SERVICES[$i]}" = "$svc" ] && port=$((IPC_HTTP_BASE + i + 1)); done
    [ -n "${port:-}" ] || die "unknown service $svc"
    ipc_stop_service "$svc"
    ipc_supervise "$svc" "$port" &
    echo $! > "$IPC_STATE/pids/$svc.supervisor.pid"
    # The service's own pid, once the supervisor has started it (scripts and benches read it).
    for i in $(seq 1 50); do [ -s "$IPC_STATE/pids/$svc.pid" ] && break; sleep 0.1; done
}

ipc_supervise() {
    local svc="$1" port="$2" delay=1 restarts=0 started status
    local pidfile="$IPC_STATE/pids/$svc.pid" supervisor="$IPC_STATE/pids/$svc.supervisor.pid" logfile="$IPC_STATE/logs/$svc.log"
    while :; do
        started=$SECONDS
        # Locally a claimed email waits 10 s (not a minute) for a sender that died.
        HTTP_PORT="$port" \
        POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$IPC_PG_SERVICE_PORT" POSTGRES_USER="$svc" POSTGRES_PASSWORD="${svc}_dev" \
        POSTGRES_DATABASE="$IPC_DB" KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_SERVICE_PORT" \
        SMTP_HOST=127.0.0.1 SMTP_PORT="$IPC_SMTP_PORT" SMTP_TLS=off SMTP_SENDER=ne-pas-repondre@ipc.example MAIL_LEASE_SECONDS=10 \
        MAIL_RATE_PER_SECOND="${MAIL_RATE_PER_SECOND:-20}" PUBLIC_URL="http://127.0.0.1:$port" \
        SIGN_IN_FAILURES_PER_ADDRESS="$IPC_SIGN_IN_FAILURES_PER_ADDRESS" \
        DIAGNOSTIC_ALLOWED_NETWORKS="$IPC_DIAGNOSTIC_NETWORKS" DIAGNOSTIC_CA_FILE="$IPC_STATE/fixture-sites/ca.pem" DIAGNOSTIC_DELAY_MS="${DIAGNOSTIC_DELAY_MS:-50}" \
            "$IPC_BIN/$svc" >>"$logfile" 2>&1 &
        echo $! > "$pidfile"
        # (wait's own report of a killed job is left out: the line below says it.)
        status=0; wait $! 2>/dev/null || status=$?
        [ -f "$supervisor" ] || return 0    # stopped by ipc_stop_service
        case "$status" in
            0) echo "[ipc] $svc stopped (status 0): not restarted" >>"$logfile"; rm -f "$supervisor"; return 0 ;;
            78) echo "[ipc] $svc refused its configuration (status 78): not restarted" >>"$logfile"; log "$svc refused its configuration: see $logfile"
                rm -f "$supervisor"; return 0 ;;
        esac
        [ $((SECONDS - started)) -ge 60 ] && delay=1
        restarts=$((restarts + 1))
        echo "[ipc] $svc exited unexpectedly (status $status); restart $restarts in ${delay} s" >>"$logfile"
        log "$svc exited unexpectedly (status $status); restart $restarts in ${delay} s"
        sleep "$delay"
        [ -f "$supervisor" ] || return 0
        delay=$((delay * 2 > 60 ? 60 : delay * 2))
    done
}

# Stops a service and its supervisor (the supervisor first, so that it does not restart it).
ipc_stop_service() {
    local svc="$1" supervisor="$IPC_STATE/pids/$1.supervisor.pid" pid
    if [ -f "$supervisor" ]; then
        pid="$(cat "$supervisor")"; rm -f "$supervisor"
        kill -TERM "$pid" 2>/dev/null || true
    fi
    ipc_stop_pidfile "$IPC_STATE/pids/$svc.pid"
}

ipc_stop_services() {
    local svc
    for svc in "${IPC_SERVICES[@]}"; do ipc_stop_service "$svc"; done
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
