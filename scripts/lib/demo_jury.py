"""Demo data of the jury service: its accounts by the command-line tool, then a sitting on the
current edition of both calls through the JSON API, with one juror's declaration and scores.
Idempotent: a second run adds nothing.

usage: demo_jury.py JURY_URL APPLICATIONS_URL JURY_BINARY   (the database settings come from the environment)
"""
import os
import subprocess
import sys
import time

import demo_api
from demo_api import call

JURY, APPLICATIONS, BINARY = sys.argv[1], sys.argv[2], sys.argv[3]

MEMBERS = [  # email, name, role, password, seat
    ("equipe@ipc.example", "Équipe du programme", "staff", "equipe-jury-demo", None),
    ("presidente@ipc.example", "Présidente du jury", "juror", "presidente-demo", "chair"),
    ("jure.conseil@ipc.example", "Juré, conseil régional", "juror", "jure-conseil-demo", "member"),
    ("jure.ardesi@ipc.example", "Juré, ARDESI", "juror", "jure-ardesi-demo", "member"),
]
EDITIONS = ["Action 2 — Aide au conseil (édition 2026)", "Action 3 — Soutien à des projets innovants (édition 2026)"]


def token(email, password):
    return demo_api.token(JURY, email, password)


def jury_view(sql):
    """One value from the jury's schema, as the jury's own role reads it."""
    result = subprocess.run(["psql", "-h", os.environ["POSTGRES_HOST"], "-p", os.environ["POSTGRES_PORT"], "-U", os.environ["POSTGRES_USER"],
                             "-d", os.environ["POSTGRES_DATABASE"], "-tAc", sql],
                            env=dict(os.environ, PGPASSWORD=os.environ["POSTGRES_PASSWORD"]), text=True, capture_output=True)
    return result.stdout.strip()


def main():
    for email, name, role, password, _ in MEMBERS:
        result = subprocess.run([BINARY, "account", "create", "--email", email, "--name", name, "--role", role],
                                input=password + "\n", text=True, capture_output=True)
        if result.returncode != 0 and "déjà" not in result.stderr:
            sys.exit(f"demo: jury account {email}: {result.stderr.strip()}")
    staff = token("equipe@ipc.example", "equipe-jury-demo")
    _, accounts = call(JURY, "GET", "/api/members", token=staff)
    ids = {account["email"]: account["id"] for account in accounts}
    _, sittings = call(JURY, "GET", "/api/sittings", token=staff)
    if sittings:
        return

    _, calls = call(APPLICATIONS, "GET", "/api/calls")
    editions = [listed["call"]["id"] for listed in calls if listed["call"]["title"] in EDITIONS]
    # The jury learns of calls and dossiers from applications.v1: wait for the complete dossier.
    for _ in range(60):
        if jury_view("SELECT count(*) FROM dossiers WHERE reference = 'PI-2026-0001' AND status = 'complete'") == "1" \
                and jury_view("SELECT count(*) FROM calls WHERE call_id IN ('" + "','".join(editions) + "')") == str(len(editions)):
            break
        time.sleep(0.5)
    _, proposal = call(JURY, "GET", "/api/sittings/proposal", token=staff)
    status, scheduled = call(JURY, "POST", "/api/sittings", {
        "sittingDate": proposal["sittingDate"], "quorum": 2, "callIds": editions,
        "members": [{"memberId": ids[email], "role": seat} for email, _, _, _, seat in MEMBERS if seat]}, staff)
    if status != 201:
        sys.exit(f"demo: cannot schedule the jury's sitting: {status} {scheduled}")
    sitting = scheduled["sitting"]["id"]
    juror = token("jure.conseil@ipc.example", "jure-conseil-demo")
    _, agenda = call(JURY, "GET", f"/api/sittings/{sitting}/agenda", token=juror)
    for entry in agenda:
        path = f"/api/sittings/{sitting}/dossiers/{entry['applicationId']}"
        call(JURY, "POST", path + "/declaration", {"conflict": False}, juror)
        _, details = call(JURY, "GET", path, token=juror)
        scores = [{"criterion": index, "score": 4, "comment": "Projet clair, partenaires identifiés."}
                  for index, _ in enumerate(details["criteria"])]
        call(JURY, "PUT", path + "/scores", {"scores": scores}, juror)


main()
