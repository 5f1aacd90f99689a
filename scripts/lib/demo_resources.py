"""Demo data of the resource centre: its staff account by the command-line tool, then, through
its JSON API, the brochure's own productions, published: the 2006 guide on new technologies for
intercommunalités (with its PDF), the diagnostics of the information society presented in
December 2006 and November 2007, practical sheets, a teaching kit and the centre's opening.
Idempotent: a second run adds nothing.

usage: demo_resources.py RESOURCES_URL RESOURCES_BINARY   (the database settings come from the environment)
"""
import sys

import demo_api
from demo_api import call

RESOURCES, BINARY = sys.argv[1], sys.argv[2]
STAFF = ("ressources@ipc.example", "Équipe du centre de ressources", "ressources-demo-2026")

# kind, title, summary, body (Markdown), themes, audiences
PUBLICATIONS = [
    ("guide", "Les nouvelles technologies au service de l'intercommunalité",
     "Le guide 2006 du centre de ressources : ce que les TIC changent pour les communautés de communes et d'agglomération.",
     "## Pourquoi ce guide\n\nLes intercommunalités de Midi-Pyrénées mutualisent de plus en plus leurs **services numériques** : "
     "site Internet commun, système d'information géographique, démarches en ligne.\n\n## Ce qu'il contient\n\n"
     "- les projets possibles, du portail communautaire au SIG partagé ;\n- les étapes d'un projet et son financement ;\n"
     "- des exemples d'intercommunalités de la région.\n\nVoir aussi [le programme Internet Public et Citoyen](https://www.ardesi.fr).",
     ["systemes-d-information", "outils-collaboratifs"], ["electedOfficials", "projectLeads"]),
    ("annualDiagnostic", "Diagnostic de la société de l'information en Midi-Pyrénées — décembre 2006",
     "Le premier diagnostic annuel, présenté à l'Hôtel de Région en décembre 2006.",
     "## Les communes et Internet\n\nÉquipement des mairies, sites Internet communaux, services en ligne : l'état des lieux "
     "de la société de l'information dans les huit départements de la région.",
     ["services-aux-citoyens"], ["electedOfficials", "partners"]),
    ("annualDiagnostic", "Diagnostic de la société de l'information en Midi-Pyrénées — novembre 2007",
     "Le deuxième diagnostic annuel, présenté à l'Hôtel de Région en novembre 2007, et l'évolution depuis 2006.",
     "## Un an après\n\nLes sites communaux se multiplient et les démarches en ligne progressent ; la fracture numérique "
     "territoriale demeure dans les communes rurales.",
     ["services-aux-citoyens"], ["electedOfficials", "partners"]),
    ("practicalSheet", "Créer le site Internet de sa commune",
     "Fiche pratique : les étapes, les mentions obligatoires et l'accessibilité d'un site communal.",
     "## Les étapes\n\n1. Définir les contenus utiles aux habitants.\n2. Choisir un hébergement.\n3. Publier les mentions légales "
     "et la déclaration d'accessibilité.\n\nUn site communal numérique se met à jour régulièrement.",
     ["services-aux-citoyens"], ["electedOfficials", "localStaff"]),
    ("practicalSheet", "Ouvrir un espace public numérique",
     "Fiche pratique : le lieu, l'équipement, l'animation et les partenaires d'un point d'accès public à Internet.",
     "## Le lieu\n\nUne salle accessible de plain-pied, une connexion à haut débit et des horaires adaptés aux habitants.\n\n"
     "## L'animation\n\nUn animateur multimédia accompagne les premiers pas des usagers.",
     ["action-sociale", "education"], ["electedOfficials", "localStaff"]),
    ("teachingKit", "Démocratie participative et Internet",
     "Dossier pédagogique pour les séminaires de sensibilisation des élus.",
     "## Objectifs\n\nComprendre les outils de la *participation en ligne* : forums, consultations, comptes rendus publiés.\n\n"
     "## Déroulé\n\nUne demi-journée, des exemples de collectivités de Midi-Pyrénées.",
     ["democratie-participative"], ["electedOfficials"]),
    ("news", "Le centre de ressources est ouvert",
     "Depuis le 1er mai 2006, le centre de ressources informe et conseille les collectivités.",
     "Le centre de ressources pour l'Internet Public et Citoyen est opérationnel depuis le **1er mai 2006**.",
     [], ["electedOfficials", "partners"]),
]


GUIDE = "Les nouvelles technologies au service de l'intercommunalité"
# The guide's PDF: its words "cartographie cadastrale" are in no publication's text, so that a
# search for them shows the PDF's text in the search.
GUIDE_PDF = ("guide-tic-intercommunalites-2006.pdf", [
    "Les nouvelles technologies au service de l'intercommunalité",
    "Guide 2006 du centre de ressources Internet Public et Citoyen",
    "Mutualiser un système d'information géographique : la cartographie cadastrale partagée",
    "entre les communes d'une communauté de communes.",
])


def main():
    staff = demo_api.staff_token(RESOURCES, BINARY, *STAFF)
    _, found = call(RESOURCES, "GET", "/api/publications")
    ids = {hit["publication"]["title"]: hit["publication"]["id"] for hit in (found or {}).get("hits", [])}
    for kind, title, summary, body, themes, audiences in PUBLICATIONS:
        if title in ids:
            continue
        status, publication = call(RESOURCES, "POST", "/api/publications", {
            "kind": kind, "title": title, "summary": summary, "body": body, "themes": themes, "audiences": audiences,
            "authors": ["ARDESI"]}, token=staff)
        if status != 201:
            sys.exit(f"demo: publication {title}: {status} {publication}")
        status, _ = call(RESOURCES, "POST", f"/api/publications/{publication['id']}/publish", token=staff)
        if status != 200:
            sys.exit(f"demo: publishing {title}: {status}")
        ids[title] = publication["id"]
    _, files = call(RESOURCES, "GET", f"/api/publications/{ids[GUIDE]}/files")
    if not files:
        name, lines = GUIDE_PDF
        status, body = demo_api.upload(RESOURCES, f"/api/publications/{ids[GUIDE]}/files", name, demo_api.simple_pdf(lines), staff)
        if status != 201:
            sys.exit(f"demo: the guide's PDF: {status} {body}")


main()
