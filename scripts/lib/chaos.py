"""The chaos driver of scripts/chaos: a steady load on the running chaos profile while faults strike, then the
accounts. Prints what it did and what it checked; exits non-zero when anything was lost or doubled.

usage: chaos.py short|long   (scripts/chaos sets the environment: ports, binaries, the proxy's control port)

Load, from a few threads, each request retried until it is acknowledged (a 2xx) or given up:
  - dossiers: a collectivité registered, a dossier created, submitted, then declared complete;
  - jury: now and then a sitting on the open calls, the chair deciding every dossier of its agenda, then closing it;
  - training: registrations to the open sessions, past their capacity (the waiting list).
Faults, spread over the run: SIGKILL of the services in turn (their supervisor starts them again), PostgreSQL
stopped and started, the broker restarted (it keeps nothing: the operator's procedure after a broker loss, the
services stopped, the broker started, the services started, every outbox replayed with
`<service> outbox replay --since`), and the proxy cutting, delaying, slowing and refusing the connections to the
database and to the broker.
"""
import datetime
import glob
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import demo_api  # noqa: E402

PROFILES = {  # seconds of load, kills, sitting interval, dossiers and registrations started per second, settle timeout
    "short": dict(duration=60, kills=5, sitting_every=20, dossiers_per_second=2, registrations_per_second=1, settle=180),
    "long": dict(duration=600, kills=25, sitting_every=40, dossiers_per_second=3, registrations_per_second=1.5, settle=600),
}
SERVICES = ["applications", "jury", "training", "resources", "notifications"]
ROOT, STATE, BIN = os.environ["IPC_ROOT"], os.environ["IPC_STATE"], os.environ["IPC_BIN"]
HTTP_BASE, PG_PORT, KAFKA_PORT = int(os.environ["IPC_HTTP_BASE"]), os.environ["IPC_PG_PORT"], os.environ["IPC_KAFKA_PORT"]
PROXY = f"http://127.0.0.1:{os.environ['IPC_PROXY_CONTROL']}"
MAIL = os.path.join(STATE, "mail", "plain")


def url(service):
    return f"http://127.0.0.1:{HTTP_BASE + SERVICES.index(service) + 1}"


def say(text):
    print(f"  {datetime.datetime.now().strftime('%H:%M:%S')} {text}", flush=True)


def sql(query):
    """Rows of a query as the cluster's administrator (the accounts read every schema), on the direct port."""
    result = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", os.environ["IPC_PG_ADMIN"], "-d", os.environ["IPC_DB"],
                             "-v", "ON_ERROR_STOP=1", "-tAF", "\t", "-c", query],
                            env=dict(os.environ, PGPASSWORD=os.environ["IPC_PG_ADMIN_PASSWORD"]), text=True, capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"psql: {result.stderr.strip()}")
    return [line.split("\t") for line in result.stdout.splitlines() if line]


def platform(function):
    """Runs a function of scripts/lib/platform.sh or services.sh on the chaos profile."""
    script = (f'source "{ROOT}/scripts/lib/platform.sh"; source "{ROOT}/scripts/lib/services.sh"; ipc_profile chaos; '
              f'ipc_install >/dev/null; IPC_BIN="{BIN}"; {function}')
    subprocess.run(["bash", "-c", script], check=True, stdout=subprocess.DEVNULL)


def call(service, method, path, body=None, token=None):
    """(status, body); status None when the service did not answer (killed, restarting)."""
    try:
        return demo_api.call(url(service), method, path, body, token)
    except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError, OSError):
        return None, None


def until_acknowledged(service, method, path, body=None, token=None, done=(200, 201), attempts=60):
    """Retries through kills and outages; (status, body) of the last answer. A refusal (4xx) ends the tries: after a
    try whose answer was lost it may mean that try was applied, which the ledger then does not count as acknowledged
    (the accounts read the effects from the databases, so such a request is neither lost nor doubled)."""
    status, answer = None, None
    for _ in range(attempts):
        status, answer = call(service, method, path, body, token)
        if status in done or (status is not None and 400 <= status < 500 and status not in (401, 429)):
            return status, answer
        time.sleep(0.5)
    return status, answer


class Ledger:
    """What the platform acknowledged, per kind of request."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = {"applicants": set(), "submitted": set(), "complete": set(), "decided": {}, "registrations": set()}
        self.requests = 0
        self.given_up = 0

    def add(self, kind, key, value=None):
        with self.lock:
            if value is None:
                self.acknowledged[kind].add(key)
            else:
                self.acknowledged[kind][key] = value

    def count(self, answered):
        with self.lock:
            self.requests += 1
            self.given_up += 0 if answered else 1


class Load:
    def __init__(self, profile, ledger, stop):
        self.profile, self.ledger, self.stop = profile, ledger, stop
        self.admin = demo_api.token(url("applications"), "admin@ipc.example", "administration-demo")
        _, calls = call("applications", "GET", "/api/calls")
        self.calls = {c["call"]["title"]: c["call"]["id"] for c in calls if "(édition 2026)" in c["call"]["title"]}
        self.serial = int(time.time()) % 1000000 * 100
        self.serial_lock = threading.Lock()

    def next_number(self):
        with self.serial_lock:
            self.serial += 1
            return self.serial

    def paced(self, per_second, work):
        """Calls `work` at a steady pace (one thread: a slow answer delays the next call, not the pace after it)."""
        next_start = time.time()
        while not self.stop.wait(max(0, next_start - time.time())):
            next_start += 1 / per_second
            try:
                work()
            except Exception as error:  # an unexpected answer is reported; the load goes on
                say(f"load: {type(error).__name__}: {error}")

    def dossiers(self):
        self.paced(self.profile["dossiers_per_second"], self.dossier)

    def dossier(self):
        consulting = self.calls["Action 2 — Aide au conseil (édition 2026)"]
        number = self.next_number()
        status, applicant = until_acknowledged("applications", "POST", "/api/applicants", {
            "name": f"Groupement chaos {number}", "kind": "intercommunality", "siren": demo_api.siren(number), "department": "31",
            "population": 5000, "insideUrbanAgglomeration": False,
            "contacts": [{"name": "Direction générale", "email": f"chaos-{number}@collectivites.example"}]}, self.admin)
        self.ledger.count(status is not None)
        if status != 201:
            return
        self.ledger.add("applicants", applicant["id"])
        status, dossier = until_acknowledged("applications", "POST", "/api/dossiers", {
            "callId": consulting, "applicantId": applicant["id"], "projectTitle": f"Espace public numérique {number}",
            "theme": "Services aux citoyens", "summary": "Un espace ouvert aux habitants, avec un animateur."}, self.admin)
        self.ledger.count(status is not None)
        if status != 201:
            return
        for step, kind in (("submit", "submitted"), ("complete", "complete")):
            status, _ = until_acknowledged("applications", "POST", f"/api/dossiers/{dossier['id']}/{step}", {}, self.admin)
            self.ledger.count(status is not None)
            if status != 200:
                break
            self.ledger.add(kind, dossier["id"])

    def jury(self):
        staff = demo_api.token(url("jury"), "equipe@ipc.example", "equipe-jury-demo")
        chair = demo_api.token(url("jury"), "presidente@ipc.example", "presidente-demo")
        _, members = call("jury", "GET", "/api/members", token=staff)
        ids = {member["email"]: member["id"] for member in members}
        seats = [{"memberId": ids["presidente@ipc.example"], "role": "chair"}, {"memberId": ids["jure.conseil@ipc.example"], "role": "member"}]
        while not self.stop.wait(self.profile["sitting_every"]):
            self.sitting(staff, chair, seats)
        self.sitting(staff, chair, seats)  # the dossiers completed last

    def sitting(self, staff, chair, seats):
        status, proposal = until_acknowledged("jury", "GET", "/api/sittings/proposal", token=staff, done=(200,))
        if status != 200:
            return
        status, scheduled = until_acknowledged("jury", "POST", "/api/sittings", {
            "sittingDate": proposal["sittingDate"], "quorum": 2, "callIds": list(self.calls.values()), "members": seats}, staff)
        self.ledger.count(status is not None)
        if status != 201:
            say(f"jury: sitting refused: {status} {scheduled}")
            return
        sitting = scheduled["sitting"]["id"]
        _, agenda = until_acknowledged("jury", "GET", f"/api/sittings/{sitting}/agenda", token=chair, done=(200,))
        decisions = {}
        for index, entry in enumerate(agenda or []):
            path = f"/api/sittings/{sitting}/dossiers/{entry['applicationId']}/decision"
            wanted = [{"decision": "selected", "consultingDays": 5}] if index % 3 == 0 else []
            for decision in wanted + [{"decision": "rejected", "motivation": "Le projet ne répond pas encore aux critères de l'appel."}]:
                status, _ = until_acknowledged("jury", "PUT", path, decision, chair)
                self.ledger.count(status is not None)
                if status == 200:
                    decisions[entry["applicationId"]] = decision["decision"]
                    break
        status, closed = until_acknowledged("jury", "POST", f"/api/sittings/{sitting}/close",
                                            {"membersPresent": [seat["memberId"] for seat in seats]}, chair)
        self.ledger.count(status is not None)
        if status == 200:
            for application, decision in decisions.items():
                self.ledger.add("decided", application, decision)
        else:
            say(f"jury: closing refused: {status} {closed}")

    def registrations(self):
        self.paced(self.profile["registrations_per_second"], self.registration)

    def registration(self):
        _, sessions = until_acknowledged("training", "GET", "/api/sessions", done=(200,))
        open_sessions = [session["id"] for session in sessions if session.get("status") == "open"] if isinstance(sessions, list) else []
        if not open_sessions:
            return
        number = self.next_number()
        status, made = until_acknowledged("training", "POST", f"/api/sessions/{random.choice(open_sessions)}/registrations", {
            "name": f"Élue chaos {number}", "email": f"elue-{number}@formations.example", "role": "deputyMayor",
            "collectivite": "Toulouse"})
        self.ledger.count(status is not None)
        if status == 201:
            self.ledger.add("registrations", made["registration"]["id"])


class Faults:
    """Strikes at planned moments of the run; counts what it did."""

    def __init__(self, profile, started):
        self.profile, self.started = profile, started
        self.done = {"kills": {service: 0 for service in SERVICES}, "database restarts": 0, "broker restarts": 0, "proxy faults": 0}
        self.poisoned = []
        # When the email sender stopped without recording what it had sent: a kill, or the services stopped.
        self.sender_stops = []
        self.last_fault = started
        self.replay_since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)

    def plan(self):
        duration, kills = self.profile["duration"], self.profile["kills"]
        order = [SERVICES[i % len(SERVICES)] for i in range(kills)]
        random.shuffle(order)
        moments = [(duration * (i + random.uniform(0.2, 0.8)) / kills, "kill", service) for i, service in enumerate(order)]
        # The poison comes after the broker's restart, which would lose its dead letters.
        moments += [(duration * 0.35, "restart database", None), (duration * 0.7, "restart broker", None),
                    (duration * 0.75, "poison", None)]
        proxy = [("database", "cut", ""), ("broker", "cut", ""), ("database", "delay", "ms=300"), ("broker", "slow", "bytes=20000"),
                 ("database", "refuse", "seconds=3"), ("broker", "delay", "ms=200")]
        moments += [(duration * (0.1 + 0.8 * i / len(proxy)) + 3, "proxy", fault) for i, fault in enumerate(proxy)]
        return sorted(moments, key=lambda moment: moment[0])

    def run(self):
        """Every planned fault strikes, late rather than never when an earlier one took long."""
        for at, action, target in self.plan():
            time.sleep(max(0, self.started + at - time.time()))
            try:
                getattr(self, action.replace(" ", "_"))(target)
            except Exception as error:  # a fault that failed to strike is reported, the run goes on
                say(f"fault {action} {target or ''} failed: {error}")
            self.last_fault = time.time()

    def kill(self, service):
        with open(os.path.join(STATE, "pids", f"{service}.pid")) as file:
            pid = int(file.read())
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            return  # restarting after an earlier fault: its supervisor is at work
        self.done["kills"][service] += 1
        if service == "notifications":
            self.sender_stops.append(time.time())
        say(f"kill -9 {service} (pid {pid})")

    def restart_database(self, _):
        say("PostgreSQL: fast stop, 3 s down, started again")
        platform("ipc_stop_postgres")
        time.sleep(3)
        platform("IPC_PG_FSYNC=off ipc_start_postgres")
        self.done["database restarts"] += 1

    def restart_broker(self, _):
        # The broker comes back empty, as after the loss of a cluster: the operator's procedure. The services are
        # stopped first: a running producer cannot recover the idempotence state the broker lost, and would recreate
        # its topics with the broker's defaults before the services create them. Once started again, every outbox is
        # replayed since before the loss; the inboxes drop what was already applied.
        say("broker: services stopped, broker restarted empty, services started, outboxes replayed")
        self.sender_stops.append(time.time())
        platform("ipc_stop_services; ipc_stop_broker; ipc_start_broker; ipc_start_services; ipc_wait_ready 120")
        since = self.replay_since.strftime("%Y-%m-%dT%H:%M:%SZ")
        for service in SERVICES:
            result = subprocess.run([os.path.join(BIN, service), "outbox", "replay", "--since", since], env=dict(
                os.environ, HTTP_PORT="1", POSTGRES_HOST="127.0.0.1", POSTGRES_PORT=PG_PORT, POSTGRES_USER=service,
                POSTGRES_PASSWORD=f"{service}_dev", POSTGRES_DATABASE=os.environ["IPC_DB"], KAFKA_BROKERS=f"127.0.0.1:{KAFKA_PORT}",
                LOG_LEVEL="warning"), text=True, capture_output=True)
            say(f"  {service} outbox replay --since {since}: {(result.stdout or result.stderr).strip()}")
        self.done["broker restarts"] += 1

    def poison(self, _):
        """A record that is no event envelope, on every topic: each consumer dead-letters it and goes on."""
        from confluent_kafka import Producer
        producer = Producer({"bootstrap.servers": f"127.0.0.1:{KAFKA_PORT}", "acks": "all"})
        for topic in [f"{service}.v1" for service in SERVICES]:
            producer.produce(topic, key=f"chaos-poison-{topic}", value=b"{ not an event envelope")
        if producer.flush(30) != 0:
            raise RuntimeError("the poison records were not acknowledged")
        self.poisoned = [f"{service}.v1" for service in SERVICES]
        say(f"poison: a record that is no event on each of {', '.join(self.poisoned)}")

    def proxy(self, fault):
        route, action, query = fault
        request = urllib.request.Request(f"{PROXY}/{route}/{action}" + (f"?{query}" if query else ""), method="POST")
        urllib.request.urlopen(request, timeout=5).read()
        say(f"proxy: {route} {action} {query}".rstrip())
        self.done["proxy faults"] += 1
        if action in ("delay", "slow"):
            time.sleep(5)
            urllib.request.urlopen(urllib.request.Request(f"{PROXY}/{route}/normal", method="POST"), timeout=5).read()


def settle(timeout, last_fault):
    """Waits until every outbox is published, every decision recorded, every email out of the queue, and neither the
    inboxes nor the SMTP folder change any more, and not before 15 s after the last fault: a consumer started again
    after a kill waits for its group to drop the killed member (a 6 s session), and looks settled meanwhile."""
    deadline, last = time.time() + timeout, None
    time.sleep(max(0, last_fault + 15 - time.time()))
    while time.time() < deadline:
        try:
            pending = sql(" UNION ALL ".join(f"SELECT count(*) FROM {s}.outbox WHERE sent_at IS NULL" for s in SERVICES)
                          + " UNION ALL SELECT count(*) FROM notifications.messages WHERE status = 'queued'"
                          + " UNION ALL SELECT (SELECT count(*) FROM applications.dossiers WHERE status <> 'draft')"
                          + " - (SELECT count(*) FROM jury.dossiers)"
                          + " UNION ALL SELECT (SELECT count(*) FROM jury.decisions d JOIN jury.sittings s ON s.id = d.sitting_id"
                          + " WHERE s.closed_at IS NOT NULL) - (SELECT count(DISTINCT application_id) FROM applications.jury_decisions)")
        except RuntimeError:
            time.sleep(1)
            continue
        try:
            applied = sql(" UNION ALL ".join(f"SELECT count(*) FROM {s}.inbox" for s in SERVICES))
        except RuntimeError:
            time.sleep(1)
            continue
        state = ([int(row[0]) for row in pending], [row[0] for row in applied], len(glob.glob(MAIL + "/*.json")))
        if sum(state[0]) == 0 and state == last:
            return True
        last = state
        time.sleep(3)
    return False


def dead_letters():
    """Every record of the dead-letter topics, with the error its header gives."""
    from confluent_kafka import Consumer, TopicPartition
    consumer = Consumer({"bootstrap.servers": f"127.0.0.1:{KAFKA_PORT}", "group.id": f"chaos-{time.time()}", "enable.auto.commit": False})
    found = []
    try:
        metadata = consumer.list_topics(timeout=10)
        for name, topic in metadata.topics.items():
            if not name.endswith(".dlq"):
                continue
            for partition in topic.partitions:
                low, high = consumer.get_watermark_offsets(TopicPartition(name, partition), timeout=10)
                if high <= low:
                    continue
                consumer.assign([TopicPartition(name, partition, low)])
                while True:
                    message = consumer.poll(5)
                    if message is None or message.error():
                        break
                    headers = {key: (value or b"").decode(errors="replace") for key, value in message.headers() or []}
                    found.append(((message.key() or b"").decode(errors="replace"), headers))
                    if message.offset() + 1 >= high:
                        break
    finally:
        consumer.close()
    return found


def consumed_topics():
    """Each service's consumer group and the topics it reads, from the last start in its log."""
    groups = {}
    for service in SERVICES:
        with open(os.path.join(STATE, "logs", f"{service}.log"), encoding="utf-8", errors="replace") as file:
            for line in file:
                if '"message":"consuming"' in line:
                    entry = json.loads(line)
                    groups[entry["group"]] = entry["topics"].split(",")
    return groups


class Accounts:
    """The checks after the run; each prints its counts."""

    def __init__(self, ledger, poisoned, sender_stops):
        self.ledger, self.poisoned, self.sender_stops, self.passed, self.failed = ledger, poisoned, sender_stops, 0, 0

    def check(self, description, problems):
        if problems:
            self.failed += 1
            print(f"  ✘ {description}: " + "; ".join(str(problem) for problem in problems[:5]) + (" …" if len(problems) > 5 else ""))
        else:
            self.passed += 1
            print(f"  ✔ {description}")

    def run(self):
        acknowledged = self.ledger.acknowledged
        dossiers = {row[0]: row[1:] for row in sql("SELECT d.id, d.status, d.reference, c.email FROM applications.dossiers d "
                                                   "JOIN applications.applicants a ON a.id = d.applicant_id, "
                                                   "LATERAL (SELECT x->>'email' AS email FROM jsonb_array_elements(a.contacts) x LIMIT 1) c")}
        applicants = {row[0] for row in sql("SELECT id FROM applications.applicants")}
        self.check(f"{len(acknowledged['applicants'])} acknowledged collectivités all registered",
                   sorted(acknowledged["applicants"] - applicants))
        self.check(f"{len(acknowledged['submitted'])} acknowledged submissions all submitted",
                   [d for d in acknowledged["submitted"] if dossiers.get(d, ["draft"])[0] == "draft"])
        self.check(f"{len(acknowledged['complete'])} acknowledged completeness declarations all applied",
                   [d for d in acknowledged["complete"] if dossiers.get(d, ["draft"])[0] in ("draft", "submitted")])
        registrations = {row[0]: row[1:] for row in sql("SELECT id, session_id, status, email FROM training.registrations")}
        self.check(f"{len(acknowledged['registrations'])} acknowledged registrations all recorded",
                   sorted(acknowledged["registrations"] - registrations.keys()))

        lodged = {d: v for d, v in dossiers.items() if v[0] != "draft"}
        jury = {row[0]: row[1] for row in sql("SELECT application_id, status FROM jury.dossiers")}
        self.check(f"jury: each of the {len(lodged)} lodged dossiers known once, as complete when it is",
                   [f"{v[1]} {v[0]}/{jury.get(d)}" for d, v in lodged.items()
                    if d not in jury or (v[0] not in ("submitted",) and jury[d] == "submitted")])
        indicators = {row[0] for row in sql("SELECT application_id FROM resources.indicator_dossiers")}
        self.check(f"resources: each of the {len(lodged)} lodged dossiers counted once in the indicators",
                   [v[1] for d, v in lodged.items() if d not in indicators])
        decided = {row[0]: row[1] for row in sql("SELECT d.application_id, d.decision FROM jury.decisions d "
                                                 "JOIN jury.sittings s ON s.id = d.sitting_id WHERE s.closed_at IS NOT NULL")}
        recorded = {}
        for application, decision in sql("SELECT application_id, decision FROM applications.jury_decisions"):
            recorded.setdefault(application, []).append(decision)
        self.check(f"{len(acknowledged['decided'])} acknowledged decisions all taken by the jury",
                   [a for a, d in acknowledged["decided"].items() if decided.get(a) != d])
        self.check(f"applications: each of the {len(decided)} decisions of closed sittings recorded exactly once",
                   [f"{a}: {recorded.get(a)}" for a, d in decided.items() if recorded.get(a) != [d]])

        messages = {}
        for message_id, template, reference, recipient, status, attempts in sql(
                "SELECT id, template, coalesce(reference, ''), recipient, status, attempts FROM notifications.messages"):
            messages[message_id] = (template, reference, recipient, status, int(attempts))
        per_dossier = {}
        for template, reference, _, _, _ in messages.values():
            per_dossier[(reference, template)] = per_dossier.get((reference, template), 0) + 1
        expected = []
        for application, (status, reference, _) in lodged.items():
            expected.append((reference, "dossierReceived"))
            if status not in ("submitted",):
                expected.append((reference, "dossierComplete"))
            if application in decided:
                expected.append((reference, decided[application]))
        self.check(f"notifications: {len(expected)} emails due for the dossiers (receipt, completeness, decision), each queued once",
                   [f"{key}: {per_dossier.get(key, 0)}" for key in expected if per_dossier.get(key, 0) != 1])
        per_trainee = {}
        for template, _, recipient, _, _ in messages.values():
            if template in ("registrationConfirmed", "registrationWaitlisted"):
                per_trainee[recipient] = per_trainee.get(recipient, 0) + 1
        chaos_registrations = [v for v in registrations.values() if (v[2] or "").startswith("elue-")]
        self.check(f"notifications: {len(chaos_registrations)} registrations confirmed or waitlisted by email, each once",
                   [f"{v[2]}: {per_trainee.get(v[2], 0)}" for v in chaos_registrations if per_trainee.get(v[2], 0) != 1])
        self.check("notifications: no email failed or still queued",
                   [f"{m[0]} {m[1]} {m[3]}" for m in messages.values() if m[3] != "sent"])
        delivered = {}  # message id → the times the SMTP server accepted it
        for path in glob.glob(MAIL + "/*.json"):
            with open(path, encoding="utf-8") as file:
                mail = json.load(file)
            delivered.setdefault(mail["messageId"].strip("<>").split("@")[0], []).append(mail["acceptedAt"])
        sent = [m for m, v in messages.items() if v[3] == "sent"]
        self.check(f"SMTP: each of the {len(sent)} sent emails received", [m for m in sent if m not in delivered])
        doubled = {m: sorted(times) for m, times in delivered.items() if len(times) > 1}
        # SMTP cannot tell a message accepted just before its sender died from one never sent: the restarted sender
        # sends it again. Any other copy (a lease run out under a slow database, a replayed event) is a fault.
        def straddles_a_stop(times):
            return len(times) == 2 and any(times[0] <= stop + 1 and times[1] >= stop for stop in self.sender_stops)
        self.check(f"SMTP: no email received twice, except the {len(doubled)} in flight when the sender was killed or stopped "
                   f"({len(self.sender_stops)} times)",
                   [f"{m} ×{len(t)} at " + ", ".join(time.strftime('%H:%M:%S', time.localtime(x)) for x in t)
                    for m, t in doubled.items() if not straddles_a_stop(t)])
        self.check("training: no session over its capacity, the counter equal to the confirmed registrations",
                   [row for row in sql("SELECT s.title, s.capacity, s.confirmed, count(r.id) FROM training.sessions s "
                                       "LEFT JOIN training.registrations r ON r.session_id = s.id AND r.status = 'confirmed' "
                                       "GROUP BY s.id HAVING count(r.id) > s.capacity OR count(r.id) <> s.confirmed")])
        self.check("jury: no call over its places, each call's count equal to its selections",
                   [row for row in sql("SELECT c.title, c.max_beneficiaries, c.selected_count, count(d.application_id) FROM jury.calls c "
                                       "LEFT JOIN jury.dossiers j ON j.call_id = c.call_id "
                                       "LEFT JOIN jury.decisions d ON d.application_id = j.application_id AND d.decision = 'selected' "
                                       "GROUP BY c.call_id HAVING count(d.application_id) > c.max_beneficiaries "
                                       "OR count(d.application_id) <> c.selected_count")])
        letters = dead_letters()
        expected = {(group, topic) for group, topics in consumed_topics().items() for topic in topics if topic in self.poisoned}
        found = [(headers.get("ipc-dlq-consumer-group"), headers.get("ipc-dlq-original-topic")) for key, headers in letters]
        self.check(f"dead letters: {len(letters)}, exactly the poison records, once per consumer of their topic "
                   f"({len(expected)} expected), each with its error",
                   [f"{key} {headers}" for key, headers in letters if not key.startswith("chaos-poison-") or not headers.get("ipc-dlq-error")]
                   + [f"missing {pair}" for pair in sorted(expected - set(found))]
                   + [f"unexpected {pair}" for pair in set(found) - expected])
        # A consumer killed between a dead letter's acknowledgement and its offset's commit sends it again: harmless.
        repeated = len(found) - len(set(found))
        if repeated:
            print(f"      {repeated} dead letter(s) sent twice by a consumer killed before it committed the offset")
        for key, headers in letters[:3]:
            print(f"      {key}: " + ", ".join(f"{k}={v[:100]}" for k, v in headers.items() if k.startswith("ipc-dlq")))
        events = sum(int(row[0]) for row in sql(" UNION ALL ".join(f"SELECT count(*) FROM {s}.outbox" for s in SERVICES)))
        applied = sum(int(row[0]) for row in sql(" UNION ALL ".join(f"SELECT count(*) FROM {s}.inbox" for s in SERVICES)))
        return events, applied, len(delivered), len(doubled), len(letters)


def main():
    profile = PROFILES[sys.argv[1]]
    print(f"chaos ({sys.argv[1]}): {profile['duration']} s of load, {profile['kills']} kills, faults on the database and the broker")
    ledger, stop = Ledger(), threading.Event()
    load = Load(profile, ledger, stop)
    started = time.time()
    faults = Faults(profile, started)
    threads = [threading.Thread(target=load.dossiers), threading.Thread(target=load.registrations), threading.Thread(target=load.jury)]
    fault_thread = threading.Thread(target=faults.run)
    for thread in threads + [fault_thread]:
        thread.start()
    # The load goes on until the last fault has struck, and at least the profile's duration.
    fault_thread.join()
    time.sleep(max(0, started + profile["duration"] - time.time()))
    stop.set()
    for thread in threads:
        thread.join()
    say(f"load stopped after {int(time.time() - started)} s: {ledger.requests} requests acknowledged or given up, "
        f"{ledger.given_up} given up unanswered")
    settled = settle(profile["settle"], faults.last_fault)
    say("the platform settled" if settled else f"the platform did not settle within {profile['settle']} s")
    print("accounts")
    accounts = Accounts(ledger, faults.poisoned, faults.sender_stops)
    accounts.check("every outbox published, every email out of the queue, the jury's view caught up", [] if settled else ["not settled"])
    events, applied, emails, doubles, letters = accounts.run()
    kills = faults.done["kills"]
    print(f"figures: {events} events written, {applied} applied by consumers, {emails} emails received ({doubles} doubled), "
          f"{letters} dead letters; {sum(kills.values())} kills (" + ", ".join(f"{s} {n}" for s, n in kills.items()) + "), "
          f"{faults.done['database restarts']} database restart(s), {faults.done['broker restarts']} broker restart(s), "
          f"{faults.done['proxy faults']} proxy faults")
    print(f"{accounts.passed} passed, {accounts.failed} failed")
    sys.exit(1 if accounts.failed else 0)


if __name__ == "__main__":
    main()
