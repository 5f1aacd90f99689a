"""Demo data of the training service: its staff account by the command-line tool, then, through
its JSON API, a catalogue across the eight départements of Midi-Pyrénées (buffets des savoirs,
ateliers de projet, séminaires), some sessions nearly full and one with a waitlist; a workshop
held two weeks ago with its attendance recorded; a collectivité's offer to host a session.
Idempotent: a second run adds nothing.

usage: demo_training.py TRAINING_URL TRAINING_BINARY   (the database settings come from the environment)
"""
import datetime
import sys
import zoneinfo

import demo_api
from demo_api import call

TRAINING, BINARY = sys.argv[1], sys.argv[2]
STAFF = ("formations@ipc.example", "Équipe des formations", "formations-demo-2026")

# title, kind, audience, theme, host, département, town, days from today, capacity, registrations
SESSIONS = [
    ("Mettre ses démarches en ligne", "projectWorkshop", "electedOfficials", "services-aux-citoyens", "Commune de Foix", "09", "Foix", 21, 12, 13),
    ("Le site Internet de la commune", "projectWorkshop", "projectLeads", "outils-collaboratifs", "Commune de Rodez", "12", "Rodez", 28, 15, 14),
    ("L'e-administration, un buffet des savoirs", "knowledgeBuffet", "electedOfficials", "services-aux-citoyens", "Toulouse Métropole", "31", "Toulouse", 35, 50, 8),
    ("Tourisme et Internet en Gascogne", "knowledgeBuffet", "electedOfficials", "tourisme", "Commune d'Auch", "32", "Auch", 42, 50, 3),
    ("Démocratie participative en ligne", "awarenessSeminar", "electedOfficials", "democratie-participative", "Conseil général du Lot", "46", "Cahors", 49, 80, 5),
    ("Les systèmes d'information des intercommunalités", "projectWorkshop", "projectLeads", "systemes-d-information", "Communauté de communes du Pays de Lourdes", "65", "Lourdes", 56, 15, 2),
    ("Action sociale : les services en ligne", "knowledgeBuffet", "electedOfficials", "action-sociale", "Commune d'Albi", "81", "Albi", 63, 50, 1),
    ("Le multimédia au service du développement économique", "awarenessSeminar", "multimediaSector", "developpement-economique", "Chambre de commerce de Montauban", "82", "Montauban", 70, 80, 0),
]
# The workshop that took place: staff registered its participants and recorded who came.
HELD = ("Premiers pas de la mairie en ligne", "Commune de Muret", "31", "Muret", -14)
PARTICIPANTS = [("Jeanne Dupuy", "mayor"), ("Paul Martin", "deputyMayor"), ("Louise Bernard", "municipalCouncillor"),
                ("Henri Petit", "communityCouncillor"), ("Claire Roux", "generalSecretary"), ("Marc Faure", "technician")]
OFFER = {"collectivite": "Commune de Lectoure", "collectiviteCode": "32208", "department": "32", "contactName": "Anne Laborde",
         "contactEmail": "mairie@lectoure.example", "kind": "knowledgeBuffet", "theme": "tourisme",
         "proposedDates": "Un jeudi après-midi de juin", "town": "Lectoure", "address": "Place du général de Gaulle",
         "room": "Salle des Illustres", "internetConnection": True, "stepFreeAccess": True}
ROLES = ["mayor", "deputyMayor", "municipalCouncillor", "communityCouncillor", "generalSecretary", "townClerk", "technician"]


def session_form(title, kind, audience, theme, host, department, town, day, capacity, step_free):
    # 9 h 30 to 12 h 30, Paris time, written as the UTC instants the API expects.
    starts = datetime.datetime(day.year, day.month, day.day, 9, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Paris")).astimezone(datetime.timezone.utc)
    return {"kind": kind, "audience": audience, "title": title, "theme": theme,
            "description": f"{title} : une demi-journée pour les élus et leurs équipes, avec des exemples de collectivités de la région.",
            "host": host, "department": department, "town": town, "address": "Hôtel de ville", "room": "Salle du conseil",
            "internetConnection": True, "stepFreeAccess": step_free,
            "startsAt": starts.isoformat().replace("+00:00", "Z"),
            "endsAt": (starts + datetime.timedelta(hours=3)).isoformat().replace("+00:00", "Z"),
            "trainer": "ARDESI", "capacity": capacity}


def open_session(staff, form):
    status, session = call(TRAINING, "POST", "/api/sessions", form, token=staff)
    if status != 201:
        sys.exit(f"demo: training session {form['title']}: {status} {session}")
    status, _ = call(TRAINING, "POST", f"/api/sessions/{session['id']}/open", token=staff)
    if status != 200:
        sys.exit(f"demo: opening {form['title']}: {status}")
    return session["id"]


def held_session(staff, today):
    """Registered by staff on the participants' behalf, then the attendance: the session is held."""
    title, host, department, town, days = HELD
    session = open_session(staff, session_form(title, "projectWorkshop", "electedOfficials", "services-aux-citoyens", host, department,
                                               town, today + datetime.timedelta(days=days), 15, True))
    present = []
    for index, (name, role) in enumerate(PARTICIPANTS):
        status, made = call(TRAINING, "POST", f"/api/sessions/{session}/registrations", {
            "name": name, "email": f"participant{index + 1}@formations.example", "role": role, "collectivite": "31395"}, token=staff)
        if status != 201:
            sys.exit(f"demo: registration to {title}: {status} {made}")
        if index != 3:  # one did not come
            present.append(made["registration"]["id"])
    status, body = call(TRAINING, "PUT", f"/api/sessions/{session}/attendance", {"present": present}, token=staff)
    if status != 200:
        sys.exit(f"demo: attendance of {title}: {status} {body}")


def main():
    staff = demo_api.staff_token(TRAINING, BINARY, *STAFF)
    _, existing = call(TRAINING, "GET", "/api/sessions")
    titles = {session["title"] for session in existing or []}
    today = datetime.date.today()
    for index, (title, kind, audience, theme, host, department, town, days, capacity, registrations) in enumerate(SESSIONS):
        if title in titles:
            continue
        session = open_session(staff, session_form(title, kind, audience, theme, host, department, town,
                                                   today + datetime.timedelta(days=days), capacity, index % 3 != 2))
        for person in range(registrations):
            status, body = call(TRAINING, "POST", f"/api/sessions/{session}/registrations", {
                "name": f"Élu{person + 1} {town}", "email": f"elu{person + 1}.{department}@formations.example",
                "role": ROLES[person % len(ROLES)], "collectivite": town})
            if status != 201:
                sys.exit(f"demo: registration to {title}: {status} {body}")
    # Past sessions leave the catalogue: the objective tells whether the held one was recorded.
    _, objective = call(TRAINING, "GET", "/api/objective", token=staff)
    if not (objective or {}).get("trained"):
        held_session(staff, today)
    _, offers = call(TRAINING, "GET", "/api/hosting-offers", token=staff)
    if not any(offer["collectivite"] == OFFER["collectivite"] for offer in offers or []):
        status, body = call(TRAINING, "POST", "/api/hosting-offers", OFFER)
        if status != 201:
            sys.exit(f"demo: hosting offer: {status} {body}")


main()
