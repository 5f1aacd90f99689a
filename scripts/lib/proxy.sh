# The front door on this machine: Debian's caddy with compose/caddy/Caddyfile, the services'
# local ports as upstreams and a local certificate authority. Sourced after platform.sh.

# ipc_proxy_port: where the proxy listens (HTTPS), per profile.
ipc_proxy_port() { echo $((IPC_HTTP_BASE + 443)); }

# The local authority's root certificate, which curl and browsers are given to trust.
ipc_proxy_root() { echo "$IPC_STATE/caddy/data/caddy/pki/authorities/local/root.crt"; }

# ipc_start_proxy [STAFF_RANGES]: starts caddy in the background; the staff ranges default to
# loopback (a person on this machine reaches the back offices).
ipc_start_proxy() {
    local ranges="${1:-127.0.0.1/8 ::1}"
    local port; port="$(ipc_proxy_port)"
    mkdir -p "$IPC_STATE/caddy" "$IPC_STATE/logs"
    log "starting the front door (caddy, a local certificate) on https://*.localhost:$port"
    (
        export XDG_DATA_HOME="$IPC_STATE/caddy/data" XDG_CONFIG_HOME="$IPC_STATE/caddy/config"
        export IPC_DOMAIN=localhost IPC_TLS=internal IPC_STAFF_RANGES="$ranges"
        export IPC_HTTPS_PORT="$port" IPC_HTTP_PORT=$((IPC_HTTP_BASE + 80))
        export APPLICATIONS_UPSTREAM="127.0.0.1:$((IPC_HTTP_BASE + 1))" JURY_UPSTREAM="127.0.0.1:$((IPC_HTTP_BASE + 2))"
        export TRAINING_UPSTREAM="127.0.0.1:$((IPC_HTTP_BASE + 3))" RESOURCES_UPSTREAM="127.0.0.1:$((IPC_HTTP_BASE + 4))"
        export NOTIFICATIONS_UPSTREAM="127.0.0.1:$((IPC_HTTP_BASE + 5))"
        exec setsid caddy run --config "$IPC_ROOT/compose/caddy/Caddyfile" --adapter caddyfile
    ) > "$IPC_STATE/logs/proxy.log" 2>&1 &
    echo $! > "$IPC_STATE/caddy/pid"
    local tries=0
    until [ -f "$(ipc_proxy_root)" ] && curl -s -o /dev/null --cacert "$(ipc_proxy_root)" \
            --resolve "candidatures.localhost:$port:127.0.0.1" "https://candidatures.localhost:$port/health/live"; do
        tries=$((tries + 1))
        [ "$tries" -lt 60 ] || { tail -5 "$IPC_STATE/logs/proxy.log" >&2; die "the front door did not start"; }
        sleep 0.5
    done
}

ipc_stop_proxy() { ipc_stop_pidfile "$IPC_STATE/caddy/pid"; }
