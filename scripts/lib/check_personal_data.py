"""End to end, a person's data across the five services: the person is a collectivité's contact
(applications), registers for a training session (training, and its email in notifications) and
asks the resource centre a question (resources). An administrator asks for a copy of their data,
then for its erasure, through the applications API: each request travels as an event, and the
request shows each service's confirmation. Afterwards no service holds the address, and a new
copy finds nothing. Exits non-zero with the reason.

Usage: check_personal_data.py APPLICATIONS JURY TRAINING RESOURCES NOTIFICATIONS (base URLs)
"""
import os
import random
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(__file__))
from demo_api import call, siren, token  # noqa: E402

SERVICES = ["applications", "jury", "training", "resources", "notifications"]
applications, jury, training, resources, notifications = (base.rstrip("/") for base in sys.argv[1:6])
person = f"elise.{uuid.uuid4().hex[:8]}@mairie-seix.example"
name = "Élise Dupré-Testeur"


def expect(condition, message):
    if not condition:
        sys.exit(message)


def eventually(probe, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.5)
    return probe()


admin = token(applications, "admin@ipc.example", "administration-demo")
training_staff = token(training, "formations@ipc.example", "formations-demo-2026")
resources_staff = token(resources, "ressources@ipc.example", "ressources-demo-2026")
delivery_staff = token(notifications, "courriels@ipc.example", "courriels-demo-2026")

# The person's traces in four services.
status, applicant = call(applications, "POST", "/api/applicants", {
    "name": f"Communauté de communes test {person[6:14]}", "kind": "intercommunality", "siren": siren(random.randrange(10**7, 10**8)),
    "department": "09", "population": 4200, "insideUrbanAgglomeration": False,
    "contacts": [{"name": name, "email": person, "role": "DGS"}, {"name": "Accueil", "email": f"accueil-{person}"}]}, admin)
expect(status == 201, f"the collectivité was refused: {status} {applicant}")
status, sessions = call(training, "GET", "/api/sessions")
# The latest session to come, not one the browser checks count registrations of afterwards.
now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
session = max((s for s in sessions if s["status"] == "open" and s["startsAt"] > now
               and s["title"] not in ("Mettre ses démarches en ligne", "Le site Internet de la commune")),
              key=lambda s: s["startsAt"], default=None)
expect(session, "no open session to register to")
status, made = call(training, "POST", f"/api/sessions/{session['id']}/registrations",
                    {"name": name, "email": person, "role": "generalSecretary", "collectivite": "Commune de Seix"})
expect(status == 201, f"the registration was refused: {status} {made}")
status, question = call(resources, "POST", "/api/advice-questions", {
    "collectivite": "Commune de Seix", "department": "09", "name": name, "email": person,
    "question": "Comment publier les délibérations en ligne ?", "faqConsent": False})
expect(status == 201, f"the question was refused: {status} {question}")
mails = eventually(lambda: call(notifications, "GET", f"/api/messages?address={person}", token=delivery_staff)[1])
expect(mails, "the registration's email never reached the delivery log")


def request(kind):
    """Records the request (the address in capitals: services find it letter case aside), then waits for every confirmation."""
    status, made = call(applications, "POST", "/api/personal-data-requests", {"email": person.upper(), "kind": kind}, admin)
    expect(status == 201 and made["waitingFor"] and not made["complete"], f"the {kind} request was refused: {status} {made}")
    expect(person not in str(made) and person.upper() not in str(made), f"the request shows the address unmasked: {made}")
    path = f"/api/personal-data-requests/{made['id']}"
    done = eventually(lambda: (lambda answer: answer if answer.get("complete") else None)(call(applications, "GET", path, token=admin)[1]))
    expect(done, f"not every service confirmed the {kind}: {call(applications, 'GET', path, token=admin)[1]}")
    expect(sorted(c["service"] for c in done["confirmations"]) == sorted(SERVICES), f"confirmations: {done['confirmations']}")
    return made["id"], {c["service"]: c["recordCount"] for c in done["confirmations"]}


def categories(export):
    return {section["service"]: sorted(record["category"] for record in section["records"]) for section in export["services"]}


# A copy: each service's records, in one document.
export_id, counts = request("export")
status, export = call(applications, "GET", f"/api/personal-data-requests/{export_id}/export", token=admin)
expect(status == 200 and export["complete"], f"the copy: {status} {export}")
found = categories(export)
expect(found["applications"] == ["Contact d'une collectivité"], f"applications: {found}")
expect(found["jury"] == [], f"jury: {found}")
expect(found["training"] == ["Inscription à une formation"], f"training: {found}")
expect(found["resources"] == ["Question au centre de ressources"], f"resources: {found}")
expect("Courriel" in found["notifications"] and "Rappel d'une formation" in found["notifications"], f"notifications: {found}")
expect(all(counts[s["service"]] == len(s["records"]) for s in export["services"]), f"counts {counts} against the copy")
expect(name in str(export) and person in str(export), "the copy lacks the person's name or address")
print(f"copy: {sum(counts.values())} records ({', '.join(f'{s} {n}' for s, n in counts.items())})")

# The erasure.
erasure_id, erased = request("erasure")
expect(erased["applications"] >= 1 and erased["training"] >= 1 and erased["resources"] >= 1 and erased["notifications"] >= 2,
       f"erased: {erased}")
status, body = call(applications, "GET", f"/api/personal-data-requests/{erasure_id}/export", token=admin)
expect(status == 409 and body["detail"], f"an erasure has no copy: {status} {body}")
status, kept = call(applications, "GET", f"/api/applicants/{applicant['id']}", token=admin)
expect(status == 200 and [c["email"] for c in kept["contacts"]] == [f"accueil-{person}"], f"applicant contacts: {kept['contacts']}")
status, registrations = call(training, "GET", f"/api/sessions/{session['id']}/registrations", token=training_staff)
mine = next(r for r in registrations if r["id"] == made["registration"]["id"])
expect(mine["status"] == "cancelled" and mine.get("name") is None and mine.get("email") is None, f"the registration: {mine}")
status, asked = call(resources, "GET", f"/api/advice-questions/{question['id']}", token=resources_staff)
expect(asked["askerEmail"] == "" and asked["askerName"] == "Personne effacée" and asked["question"], f"the question: {asked}")
status, logged = call(notifications, "GET", f"/api/messages?address={person}", token=delivery_staff)
expect(status == 200 and logged == [], f"the delivery log still shows the address: {logged}")
print(f"erasure: {sum(erased.values())} records ({', '.join(f'{s} {n}' for s, n in erased.items())})")

# A new copy finds nothing anywhere.
_, after = request("export")
expect(sum(after.values()) == 0, f"after the erasure, a copy still finds {after}")
print("after the erasure, a new copy finds 0 records in the five services")
