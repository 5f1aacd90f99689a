"""Demo data of the applications service, entered the way people enter it: accounts by the
command-line tool, everything else through the JSON API. Idempotent: a second run adds nothing.

usage: demo_applications.py BASE_URL APPLICATIONS_BINARY   (the database settings come from the environment)
"""
import datetime
import subprocess
import sys

import demo_api

BASE, BINARY = sys.argv[1], sys.argv[2]

ACCOUNTS = [  # email, name, role, password, applicant INSEE code or SIREN
    ("admin@ipc.example", "Administratrice du programme", "admin", "administration-demo", None),
    ("instruction@ipc.example", "Service instructeur", "instructor", "instruction-demo", None),
    ("mairie@saint-lary.example", "Mairie de Saint-Lary", "applicant", "saint-lary-demo", "09264"),
    ("dgs@seronais.example", "Communauté de communes du Séronais", "applicant", "seronais-demo", "240900431"),
]
APPLICANTS = [
    {"name": "Commune de Saint-Lary", "kind": "commune", "inseeCode": "09264", "population": 1240,
     "insideUrbanAgglomeration": False, "website": "https://saint-lary.example",
     "contacts": [{"name": "Secrétariat de mairie", "email": "mairie@saint-lary.example"}]},
    {"name": "Communauté de communes du Séronais", "kind": "intercommunality", "siren": "240900431", "department": "09",
     "population": 4100, "insideUrbanAgglomeration": False,
     "contacts": [{"name": "Direction générale des services", "email": "dgs@seronais.example"}]},
]


def call(method, path, body=None, token=None):
    return demo_api.call(BASE, method, path, body, token)


def token(email, password):
    return demo_api.token(BASE, email, password)


def create_account(email, name, role, password, applicant_id=None):
    arguments = [BINARY, "account", "create", "--email", email, "--name", name, "--role", role]
    if applicant_id:
        arguments += ["--organisation-id", applicant_id]
    result = subprocess.run(arguments, input=password + "\n", text=True, capture_output=True)
    if result.returncode != 0 and "déjà" not in result.stderr:
        sys.exit(f"demo: account {email}: {result.stderr.strip()}")


def main():
    for email, name, role, password, identifier in ACCOUNTS:
        if identifier is None:
            create_account(email, name, role, password)
    admin = token("admin@ipc.example", "administration-demo")

    # The current edition: the 2006 rules, a window open today.
    _, calls = call("GET", "/api/calls")
    titles = {listed["call"]["title"]: listed["call"] for listed in calls}
    today = datetime.datetime.now(datetime.timezone.utc)
    editions = {}
    for seeded_title, title in [("Action 2 — Aide au conseil (2006-2007)", "Action 2 — Aide au conseil (édition 2026)"),
                                ("Action 3 — Soutien à des projets innovants (2006-2007)",
                                 "Action 3 — Soutien à des projets innovants (édition 2026)")]:
        if title not in titles:
            rules = dict(titles[seeded_title])
            for key in ("id", "closedAt"):
                rules.pop(key, None)
            rules.update(title=title, opensAt=(today - datetime.timedelta(days=30)).strftime("%Y-%m-%dT00:00:00Z"),
                         closesAt=(today + datetime.timedelta(days=180)).strftime("%Y-%m-%dT22:59:59Z"))
            status, created = call("POST", "/api/calls", rules, admin)
            if status != 201:
                sys.exit(f"demo: cannot create {title}: {status} {created}")
            titles[title] = created
        editions[title] = titles[title]["id"]

    _, known = call("GET", "/api/applicants", token=admin)
    by_identifier = {a.get("inseeCode") or a.get("siren"): a["id"] for a in known}
    for applicant in APPLICANTS:
        identifier = applicant.get("inseeCode") or applicant.get("siren")
        if identifier not in by_identifier:
            status, created = call("POST", "/api/applicants", applicant, admin)
            if status != 201:
                sys.exit(f"demo: cannot create {applicant['name']}: {status} {created}")
            by_identifier[identifier] = created["id"]
    for email, name, role, password, identifier in ACCOUNTS:
        if identifier is not None:
            create_account(email, name, role, password, by_identifier[identifier])

    # One submitted consulting-aid dossier, one complete innovation-grant dossier.
    saint_lary = token("mairie@saint-lary.example", "saint-lary-demo")
    _, mine = call("GET", "/api/dossiers", token=saint_lary)
    if not mine:
        status, draft = call("POST", "/api/dossiers", {
            "callId": editions["Action 2 — Aide au conseil (édition 2026)"], "projectTitle": "Point public d'accès à Internet en mairie",
            "theme": "Services aux citoyens", "summary": "Un espace public numérique ouvert aux habitants, avec un animateur."},
            saint_lary)
        call("POST", f"/api/dossiers/{draft['id']}/submit", {}, saint_lary)
    seronais = token("dgs@seronais.example", "seronais-demo")
    _, mine = call("GET", "/api/dossiers", token=seronais)
    if not mine:
        status, draft = call("POST", "/api/dossiers", {
            "callId": editions["Action 3 — Soutien à des projets innovants (édition 2026)"],
            "projectTitle": "Espace public numérique itinérant", "theme": "Services aux citoyens",
            "summary": "Un bus équipé parcourt les villages pour les démarches en ligne.", "eligibleCost": 6250000}, seronais)
        call("POST", f"/api/dossiers/{draft['id']}/submit", {}, seronais)
        call("POST", f"/api/dossiers/{draft['id']}/complete", {}, admin)


main()
