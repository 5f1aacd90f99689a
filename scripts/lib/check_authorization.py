"""The authorisation matrix: every role × every operation of every service's API, the
expected answer for each.

Each service's roles get tokens from the demo accounts; the operations come from the service's
own /openapi.json, with its examples as bodies and, in paths, ids of the demo data that each
role may or may not reach. For each cell:
- signed out, or with a token of another service: 401;
- a role the operation allows: past authorisation (neither 401 nor 403; a 404, 409 or 422 the
  request's content explains is fine);
- any other role: 403, or 404 where the code hides what the role may not know exists;
- never a 5xx.
Prints the matrix's size per service and every cell that differs; exits non-zero on any.

Usage: check_authorization.py APPLICATIONS JURY TRAINING RESOURCES NOTIFICATIONS (base URLs)
"""
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(__file__))
import demo_api  # noqa: E402

SERVICES = ["applications", "jury", "training", "resources", "notifications"]
ACCOUNTS = {  # role → the demo account that holds it
    "applications": {"applicant": ("mairie@saint-lary.example", "saint-lary-demo"),
                     "another applicant": ("dgs@seronais.example", "seronais-demo"),
                     "instructor": ("instruction@ipc.example", "instruction-demo"),
                     "administrator": ("admin@ipc.example", "administration-demo")},
    "jury": {"jury staff": ("equipe@ipc.example", "equipe-jury-demo"),
             "chair": ("presidente@ipc.example", "presidente-demo"),
             "juror": ("jure.conseil@ipc.example", "jure-conseil-demo"),
             "recused juror": ("jure.ardesi@ipc.example", "jure-ardesi-demo")},
    "training": {"training staff": ("formations@ipc.example", "formations-demo-2026")},
    "resources": {"resource-centre staff": ("ressources@ipc.example", "ressources-demo-2026")},
    "notifications": {"delivery-log staff": ("courriels@ipc.example", "courriels-demo-2026")},
}


def request(base, method, path, token=None, body=None):
    """(status, raw body) of one call: the matrix reads CSV and JSON alike."""
    data = json.dumps(body).encode() if body is not None else None
    prepared = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        prepared.add_header("Content-Type", "application/json")
    if token:
        prepared.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(prepared, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def first(base, path, token, key="id"):
    status, body = request(base, "GET", path, token)
    items = json.loads(body) if status == 200 else []
    if isinstance(items, dict):
        items = next((value for value in items.values() if isinstance(value, list)), [])
    for item in items:
        # An entry is the object itself, or wraps it ({"call": {...}, "remainingPlaces": …}).
        for candidate in [item] + [value for value in item.values() if isinstance(value, dict)] if isinstance(item, dict) else []:
            if key in candidate:
                return candidate[key]
    return None


def main():
    bases = dict(zip(SERVICES, (base.rstrip("/") for base in sys.argv[1:6])))
    tokens = {service: {role: demo_api.token(bases[service], *account) for role, account in roles.items()}
              for service, roles in ACCOUNTS.items()}
    ids = fixtures(bases, tokens)
    failures, cells = [], 0
    for service in SERVICES:
        base = bases[service]
        document = json.loads(request(base, "GET", "/openapi.json")[1])
        foreign = tokens["applications" if service != "applications" else "jury"]
        visitors = [("signed out", None), ("a token of another service", next(iter(foreign.values())))]
        visitors += list(tokens[service].items())
        count, tally = 0, {visitor: {} for visitor, _ in visitors}
        for template, operations in sorted(document["paths"].items()):
            for method, operation in sorted(operations.items()):
                if not template.startswith("/api/") or operation.get("security") == [] or template in ("/api/auth/token",):
                    continue
                # A token that is optional (a trainee registers alone, staff on someone's behalf): signed
                # out is not refused for it; a foreign token is a bad token all the same.
                optional = {} in operation.get("security", [])
                body = (operation.get("requestBody", {}).get("content", {}).get("application/json", {}) or {}).get("example")
                for visitor, bearer in visitors:
                    path = resolve(template, service, visitor, ids)
                    status, answer = request(base, method.upper(), path, bearer, body if method in ("post", "put", "patch") else None)
                    expected = expectation(service, method.upper(), template, visitor)
                    if optional and visitor == "signed out":
                        expected = past_authorisation
                    count += 1
                    outcome = "refused" if status in (401, 403, 404) else "past"
                    tally[visitor][outcome] = tally[visitor].get(outcome, 0) + 1
                    if status >= 500 or not expected(status):
                        failures.append(f"{service} {method.upper()} {path} as {visitor}: {status} ({expected.__doc__}) {answer[:160]!r}")
        print(f"  {service}: {count} cells; " + "; ".join(
            f"{visitor} {counts.get('past', 0)} answered, {counts.get('refused', 0)} 401/403/404" for visitor, counts in tally.items()))
        cells += count
    print(f"authorisation matrix: {cells} cells, {len(failures)} differ")
    for failure in failures:
        print("  ✘ " + failure)
    sys.exit(1 if failures or cells == 0 else 0)


def fixtures(bases, tokens):
    """Ids of the demo data, as the roles that own them see them, and a sitting of the matrix's own."""
    applications = bases["applications"]
    applicant = tokens["applications"]["applicant"]
    ids = {"call": first(applications, "/api/calls", None), "dossier": first(applications, "/api/dossiers", applicant)}
    ids["applicant"] = json.loads(request(applications, "GET", "/api/me", applicant)[1]).get("applicantId")
    if ids["dossier"]:
        ids["attachment"] = first(applications, f"/api/dossiers/{ids['dossier']}/attachments", applicant)
    ids["sitting"], ids["agenda dossier"] = sitting_with_a_recusal(bases, tokens)
    missing = [name for name, value in ids.items() if value is None and name != "attachment"]
    if missing:
        sys.exit(f"the demo data lacks: {', '.join(missing)}")
    return ids


def sitting_with_a_recusal(bases, tokens):
    """A complete dossier on the agenda of a new sitting (the demo's may be closed by then) where
    the chair and the juror sit, and the recused juror has declared an interest."""
    applications, jury = bases["applications"], bases["jury"]
    admin, staff = tokens["applications"]["administrator"], tokens["jury"]["jury staff"]
    _, calls = demo_api.call(applications, "GET", "/api/calls")
    consulting = next(c["call"]["id"] for c in calls if c["call"]["title"] == "Action 2 — Aide au conseil (édition 2026)")
    number = int(time.time() * 10) % 10_000_000
    _, applicant = demo_api.call(applications, "POST", "/api/applicants", {
        "name": f"Groupement matrice {number}", "kind": "intercommunality", "siren": demo_api.siren(number), "department": "09",
        "population": 5000, "insideUrbanAgglomeration": False,
        "contacts": [{"name": "Direction générale", "email": f"matrice-{number}@collectivites.example"}]}, admin)
    _, dossier = demo_api.call(applications, "POST", "/api/dossiers", {
        "callId": consulting, "applicantId": applicant["id"], "projectTitle": "Espace public numérique",
        "theme": "Services aux citoyens", "summary": "Un espace ouvert aux habitants, avec un animateur."}, admin)
    for step in ("submit", "complete"):
        status, body = demo_api.call(applications, "POST", f"/api/dossiers/{dossier['id']}/{step}", {}, admin)
        if status != 200:
            sys.exit(f"the matrix's dossier: {step} refused: {status} {body}")
    _, members = demo_api.call(jury, "GET", "/api/members", token=staff)
    seat = {member["email"]: member["id"] for member in members}
    _, proposal = demo_api.call(jury, "GET", "/api/sittings/proposal", token=staff)
    seats = [{"memberId": seat["presidente@ipc.example"], "role": "chair"}, {"memberId": seat["jure.conseil@ipc.example"], "role": "member"},
             {"memberId": seat["jure.ardesi@ipc.example"], "role": "member"}]
    status, scheduled = demo_api.call(jury, "POST", "/api/sittings", {
        "sittingDate": proposal["sittingDate"], "quorum": 2, "callIds": [consulting], "members": seats}, staff)
    if status != 201:
        sys.exit(f"the matrix's sitting was refused: {status} {scheduled}")
    sitting = scheduled["sitting"]["id"]
    # The completed dossier reaches the jury through the broker: the agenda takes it when it has.
    deadline = time.time() + 60
    while dossier["id"] not in [entry["applicationId"] for entry in demo_api.call(jury, "GET", f"/api/sittings/{sitting}/agenda", token=staff)[1]]:
        if time.time() > deadline:
            sys.exit("the matrix's dossier never reached the jury's agenda")
        time.sleep(0.5)
        demo_api.call(jury, "POST", f"/api/sittings/{sitting}/agenda", {}, staff)
    status, body = demo_api.call(jury, "POST", f"/api/sittings/{sitting}/dossiers/{dossier['id']}/declaration", {"conflict": True},
                                 tokens["jury"]["recused juror"])
    if status not in (200, 201):
        sys.exit(f"the recusal was refused: {status} {body}")
    return sitting, dossier["id"]


# The applications service's transitions take a random id: the matrix checks who gets past
# authorisation (a 404 for an allowed role), not the change itself, and the demo dossiers stay
# as they are; so do every operation of training, resources and notifications (one role each).
DESTRUCTIVE = re.compile(r"/(close|complete|incomplete|withdraw|submit|cancel|open|accept|decline|archive|publish|resend|answer|faq)$")


def resolve(template, service, visitor, ids):
    """The path with ids of the demo data where who owns them matters, random ones elsewhere."""
    # The jury's state changes need the sitting's seats to be checked; the examples change nothing
    # (closing without the members present, a second declaration), or only the demo sitting's decision.
    if service == "jury" or service == "applications" and not DESTRUCTIVE.search(template):
        names = {"{id}": ids["dossier"] if template.startswith("/api/dossiers") else ids["applicant"] if "applicants" in template else ids["call"],
                 "{attachmentId}": ids.get("attachment") or str(uuid.uuid4()), "{sitting}": ids.get("sitting"),
                 "{dossier}": ids.get("agenda dossier")}
        for name, value in names.items():
            template = template.replace(name, str(value))
    return re.sub(r"\{[^}]+\}", lambda _: str(uuid.uuid4()), template)


def past_authorisation(status):
    """past authorisation: neither 401 nor 403"""
    return status not in (401, 403)


def unauthenticated(status):
    """401"""
    return status == 401


def forbidden(status):
    """403"""
    return status == 403


def hidden(status):
    """404: not even acknowledged to exist"""
    return status == 404


APPLICANTS = {"applicant", "another applicant"}
STAFF = {"instructor", "administrator"}
SEATED = {"chair", "juror", "recused juror"}


def expectation(service, method, template, visitor):
    """The answer `visitor` must get, as a predicate on the status."""
    if visitor in ("signed out", "a token of another service"):
        return unauthenticated
    operation = f"{method} {template}"
    if service == "applications":
        if operation == "POST /api/accounts" or template.startswith(("/api/calls", "/api/personal-data-requests")):
            return past_authorisation if visitor == "administrator" else forbidden
        if template in ("/api/applicants", "/api/dossiers/export.csv") or DESTRUCTIVE.search(template) and \
                template.endswith(("/close", "/complete", "/incomplete")):
            return past_authorisation if visitor in STAFF else forbidden
        if operation == "POST /api/dossiers/{id}/attachments" and visitor == "another applicant":
            # The file is checked before the dossier: the missing file is refused first, revealing nothing.
            return lambda status: status in (404, 415)
        if "{id}" in template and visitor == "another applicant" and not DESTRUCTIVE.search(template):
            return hidden
        return past_authorisation
    if service == "jury":
        if template.startswith("/api/members") or operation in ("POST /api/sittings", "POST /api/sittings/{sitting}/agenda"):
            return past_authorisation if visitor == "jury staff" else forbidden
        if template.endswith(("/close", "/decision")):
            # Closing and deciding are the chair's and staff's; a seated member is refused.
            return past_authorisation if visitor in ("jury staff", "chair") else forbidden
        if template.endswith("/declaration"):
            return past_authorisation if visitor in SEATED else forbidden
        if template.endswith("/scores") or operation == "GET /api/sittings/{sitting}/dossiers/{dossier}":
            return past_authorisation if visitor in ("chair", "juror") or (visitor == "jury staff" and method == "GET") else forbidden
        return past_authorisation
    return past_authorisation  # training, resources, notifications: one staff role, any of its accounts


if __name__ == "__main__":
    main()
