"""End to end, the website diagnostic: fixture sites on loopback are added through the API, a
batch is started, the resources service is killed (SIGKILL) in the middle of it, restarted by its
supervisor, and resumes the batch: every site ends with exactly one report for the batch, and
the good site's contact gets the report by email (through resources.v1, the notifications
service and SMTP). Exits non-zero with the reason."""
import json
import os
import signal
import subprocess
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(__file__))
from demo_api import call, mails_to, token  # noqa: E402

base, mail_folder, state = sys.argv[1], sys.argv[2], sys.argv[3]
fixtures = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "fixture_sites.py"), "--copies", "6",
                             "--workdir", os.path.join(state, "fixture-sites")], stdout=subprocess.PIPE, text=True)
try:
    sites = json.loads(fixtures.stdout.readline())["sites"]
    staff = token(base, "ressources@ipc.example", "ressources-demo-2026")
    contact = f"mairie-{uuid.uuid4().hex[:8]}@bonneval.example"
    ids = {}
    for name in ["good", "poor", "slow"] + [f"bench-{index}" for index in range(6)]:
        form = {"collectivite": f"Commune fixture {name}", "url": sites[name], "department": "31"}
        if name == "good":
            form.update(contactName="Secrétariat de Bonneval", contactEmail=contact)
        status, body = call(base, "POST", "/api/websites", form, staff)
        if status != 201:
            sys.exit(f"the site {name} was refused: {status} {body}")
        ids[name] = body["id"]
    status, batch = call(base, "POST", "/api/website-diagnostics", {"websiteIds": list(ids.values())}, staff)
    if status != 202 or batch["total"] != len(ids):
        sys.exit(f"the batch was refused: {status} {batch}")

    # Killed as soon as one site is reported: the slow site (3 s) is then still in flight.
    deadline = time.time() + 60
    while time.time() < deadline:
        status, progress = call(base, "GET", f"/api/website-diagnostics/{batch['id']}", token=staff)
        if status == 200 and progress["done"] >= 1:
            break
        time.sleep(0.1)
    else:
        sys.exit("no site was diagnosed within 60 s")
    if progress["done"] >= progress["total"]:
        sys.exit(f"the batch ended before the service could be killed: {progress}")
    with open(os.path.join(state, "pids", "resources.pid")) as pid:
        os.kill(int(pid.read().strip()), signal.SIGKILL)
    print(f"    killed the resources service with {progress['done']} of {progress['total']} sites reported")

    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            status, progress = call(base, "GET", f"/api/website-diagnostics/{batch['id']}", token=staff)
        except OSError:
            status = 0  # restarting
        if status == 200 and progress.get("outcome") == "complete":
            break
        time.sleep(0.5)
    else:
        sys.exit(f"the batch was not resumed to its end: {progress}")
    if progress["done"] != len(ids):
        sys.exit(f"expected {len(ids)} sites done, got {progress}")
    for name, website in ids.items():
        status, reports = call(base, "GET", f"/api/websites/{website}/reports")
        mine = [report for report in reports if report.get("batchId") == batch["id"]]
        if status != 200 or len(mine) != 1:
            sys.exit(f"{name}: expected one report in the batch, got {len(mine)}")
    status, reports = call(base, "GET", f"/api/websites/{ids['good']}/reports")
    if reports[0]["overallScore"] != 100:
        sys.exit(f"the good site scored {reports[0]['overallScore']}")

    mails = mails_to(mail_folder, contact, timeout=60)
    if not mails:
        sys.exit("no report email reached the collectivité's contact")
    text = mails[0]["text"] or ""
    if len(mails) != 1 or "100/100" not in mails[0]["subject"] or "Note globale\u00a0: 100/100" not in text \
            or f"/sites/{ids['good']}" not in text:
        sys.exit(f"expected one report email with the score and the link, got {[(m['subject'], m['text']) for m in mails]}")
finally:
    fixtures.kill()
