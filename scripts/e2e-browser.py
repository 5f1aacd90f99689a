"""The pages of the applications and jury services in real headless Chromium, as an
applicant, an instructor, jurors and the programme's staff use them, each page checked with
axe-core (0 violations). Prints each check and "N passed, N failed"; exits non-zero on any
failure.

usage: e2e-browser.py APPLICATIONS_URL JURY_URL NOTIFICATIONS_URL TRAINING_URL RESOURCES_URL AXE_JS [SCREENSHOT_FOLDER]
"""
import glob
import json
import http.server
import os
import sys
import tempfile
import threading
import time
import traceback
import uuid
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import demo_api  # noqa: E402  (the demo's PDF maker)

BASE, JURY, NOTIFICATIONS, TRAINING, RESOURCES = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
AXE = open(sys.argv[6], encoding="utf-8").read()
SCREENSHOTS = sys.argv[7] if len(sys.argv) > 7 else None
passed = failed = 0


def check(description, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"  ✔ {description}")
    else:
        failed += 1
        print(f"  ✘ {description} {detail}")


def axe(driver, page):
    driver.execute_script(AXE)
    violations = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document).then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')));
    """)
    check(f"axe-core: 0 violations on {page}", not violations, "; ".join(violations))


def press(driver, button):
    """Clicks a form's button and waits for the page that answers it."""
    # A mark on the current document: the answer is loaded once a document without it is complete.
    driver.execute_script("window.ipcPreviousPage = true")
    button.click()
    WebDriverWait(driver, 15).until(lambda d: d.execute_script(
        "return window.ipcPreviousPage === undefined && document.readyState === 'complete'"))


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def sign_in(driver, email, password, base=BASE):
    driver.get(base + "/connexion")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/connexion'] button"))


def sign_out(driver):
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/deconnexion'] button"))


def fill(driver, field, value):
    element = driver.find_element(By.ID, field)
    element.clear()
    element.send_keys(value)


def main(driver):
    driver.get(BASE + "/")
    check("home: the open calls of the 2026 edition are listed", "Action 3 — Soutien à des projets innovants (édition 2026)" in text(driver))
    check("home: the page says it is in French", driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr")
    axe(driver, "the calls page")

    sign_in(driver, "mairie@saint-lary.example", "mauvais mot de passe")
    check("sign-in: a wrong password is refused in French", "L'adresse électronique ou le mot de passe est incorrect." in text(driver))
    axe(driver, "the sign-in page with its error")

    sign_in(driver, "mairie@saint-lary.example", "saint-lary-demo")
    check("sign-in: an applicant lands on its dossiers", driver.current_url.endswith("/espace") and "Mes dossiers" in text(driver))
    axe(driver, "the applicant's dossiers")

    driver.get(BASE + "/")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Soutien à des projets innovants (édition 2026)')]"))
    check("portal: a draft is created with a reference", "Dossier PI-2026-" in text(driver))
    dossier_url = driver.current_url.split("?")[0]
    axe(driver, "a draft dossier")

    folder = tempfile.mkdtemp()
    with open(os.path.join(folder, "délibération.pdf"), "wb") as pdf:
        pdf.write(b"%PDF-1.4\n% deliberation du conseil municipal\n" + b" " * 2048)
    with open(os.path.join(folder, "budget.pdf"), "wb") as fake:
        fake.write(b"MZ this is not a document")
    driver.find_element(By.ID, "file").send_keys(os.path.join(folder, "délibération.pdf"))
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Joindre le fichier')]"))
    check("portal: a PDF is attached and listed", "Pièce jointe ajoutée" in text(driver) and "délibération.pdf" in text(driver))
    driver.find_element(By.ID, "file").send_keys(os.path.join(folder, "budget.pdf"))
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Joindre le fichier')]"))
    check("portal: a file that is not a document is refused, whatever its name",
          "n'est pas un document" in text(driver) and driver.find_element(By.ID, "file").get_attribute("aria-invalid") == "true")
    axe(driver, "a dossier with a refused attachment")

    press(driver, driver.find_element(By.CSS_SELECTOR, "button[value=submit]"))
    summary = driver.find_elements(By.CSS_SELECTOR, ".erreurs li")
    check("portal: submitting an empty draft lists every missing field at once", len(summary) == 4, f"({len(summary)} errors)")
    check("portal: each field in error is marked for assistive technologies",
          driver.find_element(By.ID, "projectTitle").get_attribute("aria-invalid") == "true"
          and "projectTitle-erreur" in driver.find_element(By.ID, "projectTitle").get_attribute("aria-describedby"))
    axe(driver, "a dossier with its errors")

    fill(driver, "projectTitle", "Bus numérique des villages")
    fill(driver, "theme", "Numérisation du cadastre")
    fill(driver, "summary", "Un bus équipé pour les démarches en ligne.")
    fill(driver, "eligibleCost", "62 500,00")
    press(driver, driver.find_element(By.CSS_SELECTOR, "button[value=submit]"))
    check("portal: an excluded theme is refused with its reason", "n'est pas éligible" in text(driver))
    check("portal: what was typed is kept after a refusal",
          driver.find_element(By.ID, "eligibleCost").get_attribute("value") == "62 500,00")
    fill(driver, "theme", "Services aux citoyens")
    press(driver, driver.find_element(By.CSS_SELECTOR, "button[value=submit]"))
    body = text(driver)
    check("portal: the dossier is submitted", "Dossier déposé" in body)
    check("portal: the requested subsidy is capped at 50 000,00 €", "50 000,00 €" in body.replace("\u202f", " ").replace("\xa0", " "))
    axe(driver, "a submitted dossier")
    if SCREENSHOTS:
        driver.save_screenshot(SCREENSHOTS + "/dossier.png")
    sign_out(driver)

    sign_in(driver, "instruction@ipc.example", "instruction-demo")
    check("back office: an instructor lands on the dossiers", driver.current_url.endswith("/gestion"))
    driver.get(BASE + "/gestion?status=submitted&priorityTarget=true")
    table = driver.find_element(By.TAG_NAME, "table").text
    check("back office: filters by status (the complete dossier of the Séronais is left out)",
          "Commune de Saint-Lary" in table and "Séronais" not in table, table)
    driver.get(BASE + "/gestion?priorityTarget=false")
    check("back office: filters by priority target", "0 dossier(s)" in text(driver))
    axe(driver, "the back office's list")
    if SCREENSHOTS:
        driver.save_screenshot(SCREENSHOTS + "/back-office.png")
    driver.get(dossier_url.replace("/espace/", "/gestion/"))
    axe(driver, "a dossier in the back office")
    check("back office: attachments are listed with their SHA-256", "délibération.pdf" in text(driver) and "SHA-256" in text(driver))
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Déclarer le dossier incomplet')]"))
    check("back office: an incomplete declaration needs a message", "Indiquez au candidat" in text(driver))
    fill(driver, "message", "Merci de joindre la délibération du conseil municipal.")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Déclarer le dossier incomplet')]"))
    body = text(driver)
    check("back office: the dossier is declared incomplete", "Le dossier est déclaré incomplet" in body)
    check("back office: the history shows who did what", "Dépôt du dossier" in body and "instruction@ipc.example" in body)

    cookie = driver.get_cookie("ipc_session")["value"]
    request = urllib.request.Request(BASE + "/gestion/export.csv?status=incomplete", headers={"Cookie": "ipc_session=" + cookie})
    with urllib.request.urlopen(request) as response:
        csv = response.read()
    lines = csv.decode("utf-8-sig").split("\r\n")
    check("back office: the CSV export starts with a BOM and uses ';'", csv.startswith(b"\xef\xbb\xbf") and lines[0].startswith("Référence;Appel;"))
    check("back office: the CSV export holds the incomplete dossier", any("Bus numérique des villages" in line for line in lines[1:]))
    sign_out(driver)

    sign_in(driver, "admin@ipc.example", "administration-demo")
    driver.get(BASE + "/gestion/appels")
    axe(driver, "the calls in the back office")
    press(driver, driver.find_element(By.LINK_TEXT, "Créer un appel"))
    axe(driver, "the new call form")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., \"Enregistrer l'appel\")]"))
    check("calls: an empty call is refused field by field", len(driver.find_elements(By.CSS_SELECTOR, ".erreurs li")) >= 5)
    axe(driver, "the call form with its errors")
    driver.find_element(By.ID, "action-conseil").click()
    fill(driver, "title", "Aide au conseil — appel de printemps")
    fill(driver, "opensAt", "2026-11-01")
    fill(driver, "closesAt", "2027-03-31")
    fill(driver, "maxBeneficiaries", "12")
    fill(driver, "consultingDays", "7")
    fill(driver, "criteria", "Taille de la commune\nIntérêt du projet pour le territoire")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., \"Enregistrer l'appel\")]"))
    check("calls: an administrator creates a call", "L'appel est créé" in text(driver) and "appel de printemps" in text(driver))
    press(driver, driver.find_element(By.LINK_TEXT, "Aide au conseil — appel de printemps"))
    check("calls: the edit form shows the call's rules", driver.find_element(By.ID, "closesAt").get_attribute("value") == "2027-03-31")
    fill(driver, "maxBeneficiaries", "15")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., \"Enregistrer l'appel\")]"))
    check("calls: an administrator edits a call", "L'appel est modifié." in text(driver) and "sur 15" in text(driver))
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Clore « Aide au conseil — appel de printemps »')]"))
    check("calls: an administrator closes a call", "L'appel est clos aux dépôts." in text(driver))
    driver.get(BASE + "/")
    link = driver.find_element(By.PARTIAL_LINK_TEXT, "Télécharger le dossier de candidature vierge").get_attribute("href")
    with urllib.request.urlopen(link) as response:
        blank = response.read().decode("utf-8")
        disposition = response.headers.get("Content-Disposition", "")
    check("calls: a blank dossier can be downloaded for each call", "Dossier de candidature" in blank and "attachment" in disposition)
    sign_out(driver)

    sign_in(driver, "admin@ipc.example", "administration-demo")
    driver.get(BASE + "/gestion/collectivites")
    axe(driver, "the collectivités in the back office")
    press(driver, driver.find_element(By.LINK_TEXT, "Enregistrer une collectivité"))
    fill(driver, "name", "Commune de Castillon-en-Couserans")
    fill(driver, "inseeCode", "9081")
    fill(driver, "population", "420")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Enregistrer')]"))
    check("collectivités: a wrong INSEE code is refused on its field",
          driver.find_element(By.ID, "inseeCode").get_attribute("aria-invalid") == "true")
    axe(driver, "the collectivité form with its errors")
    fill(driver, "inseeCode", "09081")
    fill(driver, "contactName", "Secrétariat de mairie")
    fill(driver, "contactEmail", "mairie@castillon.example")
    fill(driver, "website", "https://www.castillon.example")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Enregistrer')]"))
    check("collectivités: staff register a collectivité, in the priority target",
          "La collectivité est enregistrée." in text(driver) and "Castillon-en-Couserans" in text(driver))
    press(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Ouvrir un compte pour Commune de Castillon"))
    axe(driver, "the account form")
    fill(driver, "email", "mairie@castillon.example")
    fill(driver, "password", "castillon-provisoire")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Ouvrir le compte')]"))
    check("collectivités: an administrator opens the collectivité's account", "Le compte est ouvert." in text(driver))
    personal_data(driver)
    sign_out(driver)
    sign_in(driver, "mairie@castillon.example", "castillon-provisoire")
    check("collectivités: the new account signs in to its dossiers", "Commune de Castillon-en-Couserans" in text(driver))
    sign_out(driver)

    sign_in(driver, "instruction@ipc.example", "instruction-demo")
    driver.get(BASE + "/gestion/appels")
    check("calls: an instructor cannot manage calls", "Accès refusé" in text(driver))
    sign_out(driver)

    sign_in(driver, "mairie@saint-lary.example", "saint-lary-demo")
    driver.get(dossier_url)
    check("portal: the applicant reads the staff's message", "Merci de joindre la délibération" in text(driver))
    axe(driver, "an incomplete dossier")
    driver.get(BASE + "/gestion")
    check("portal: an applicant cannot open the back office", "Accès refusé" in text(driver))


def personal_data(driver):
    """An administrator asks for a copy of a person's data and follows the five services' confirmations."""
    press(driver, driver.find_element(By.LINK_TEXT, "Données personnelles"))
    axe(driver, "the personal data requests")
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Transmettre la demande')]"))
    check("personal data: a request without an address or a kind is refused on its fields, in French",
          driver.find_element(By.ID, "email").get_attribute("aria-invalid") == "true"
          and "Indiquez l'adresse électronique de la personne." in text(driver) and "Choisissez une copie" in text(driver))
    axe(driver, "the personal data request with its errors")
    fill(driver, "email", "mairie@castillon.example")
    driver.find_element(By.ID, "kind-export").click()
    press(driver, driver.find_element(By.XPATH, "//button[contains(., 'Transmettre la demande')]"))
    check("personal data: the request shows the address masked, and the applications service's own confirmation at once",
          "Copie des données — m•••@castillon.example" in text(driver) and "mairie@castillon.example" not in text(driver)
          and "Guichet unique (candidatures) confirmé" in text(driver))
    axe(driver, "a personal data request")
    deadline = time.time() + 60
    while "Les cinq services ont confirmé." not in text(driver) and time.time() < deadline:
        time.sleep(1)
        driver.refresh()
    check("personal data: the other four services confirm through the broker", "Les cinq services ont confirmé." in text(driver),
          text(driver)[:400])
    link = driver.find_element(By.PARTIAL_LINK_TEXT, "Télécharger la copie").get_attribute("href")
    check("personal data: the copy is offered for download", link.endswith("/copie.json"))


def jury(driver):
    """The jury's pages, on the demo sitting (the 2026 edition, PI-2026-0001 on its agenda)."""
    sign_in(driver, "jure.ardesi@ipc.example", "jure-ardesi-demo", JURY)
    check("jury: a juror signs in and sees the sitting they sit on", "Séance du" in text(driver))
    axe(driver, "the jury's sittings (juror)")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Séance du").click()
    sitting_url = driver.current_url
    check("jury: the agenda names the collectivité before any declaration",
          "Communauté de communes du Séronais" in text(driver) and "à faire" in text(driver))
    axe(driver, "a sitting's agenda (juror)")
    dossier_url = sitting_url + "/dossiers/" + driver.find_element(
        By.CSS_SELECTOR, "form[action$='/declaration']").get_attribute("action").split("/dossiers/")[1].split("/")[0]
    driver.get(dossier_url)
    check("jury: the dossier stays closed until the juror declares", "Déclarez d'abord" in text(driver))
    driver.get(sitting_url)
    press(driver, driver.find_element(By.XPATH, "//button[starts-with(., \"Aucun conflit d'intérêts\")]"))
    check("jury: the declaration is recorded", "Votre déclaration est enregistrée" in text(driver))
    driver.get(dossier_url)
    size = driver.find_element(By.ID, "score-0")
    check("jury: the size criterion is pre-filled from the priority target",
          size.find_element(By.CSS_SELECTOR, "option[selected]").get_attribute("value") == "5")
    axe(driver, "a dossier's scoring form")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/notes'] button"))
    check("jury: the scores are recorded", "Vos notes sont enregistrées" in text(driver))
    sign_out(driver)

    sign_in(driver, "equipe@ipc.example", "equipe-jury-demo", JURY)
    axe(driver, "the sittings with the scheduling form (staff)")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/seances'] button"))
    check("jury: an incomplete sitting form lists its errors", "erreurs empêchent" in text(driver) and "au moins un appel" in text(driver))
    axe(driver, "the scheduling form with its errors")
    driver.get(dossier_url)
    driver.find_element(By.ID, "decision-selected").click()
    fill(driver, "grantedAmount", "60 000,00")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/decision'] button"))
    check("jury: an amount above the ceiling is refused", "ne peut dépasser" in text(driver))
    axe(driver, "the decision form with its errors")
    driver.find_element(By.ID, "decision-selected").click()
    fill(driver, "grantedAmount", "50 000,00")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/decision'] button"))
    check("jury: the selection is recorded", "La décision est enregistrée" in text(driver))
    driver.get(sitting_url + "/proces-verbal")
    check("jury: the minutes show the ranking and the declarations",
          "Classement et décisions" in text(driver) and "Juré, ARDESI — PI-2026-0001 : aucun conflit" in text(driver))
    axe(driver, "the minutes")
    sign_out(driver)

    sign_in(driver, "presidente@ipc.example", "presidente-demo", JURY)
    driver.get(sitting_url)
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/cloture'] button"))
    check("jury: the chair closes the sitting", "La séance est close" in text(driver) and "close le" in text(driver))
    axe(driver, "a closed sitting")


def delivery_log(driver):
    """The notifications back-office: the delivery log, searched, and a resend."""
    driver.get(NOTIFICATIONS + "/journal")
    check("delivery log: signed out, the log sends to the sign-in page", driver.current_url.endswith("/connexion"))
    sign_in(driver, "courriels@ipc.example", "courriels-demo-2026", NOTIFICATIONS)
    check("delivery log: staff sign in and land on the latest messages", "Journal des envois" in text(driver) and "derniers messages" in text(driver))
    axe(driver, "the delivery log")
    fill(driver, "q", "PI-2026-0001")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[role='search'] button"))
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    check("delivery log: a search by reference lists the dossier's acknowledgement, sent",
          any("Accusé de réception" in row.text and "envoyé" in row.text and "dgs@seronais.example" in row.text for row in rows),
          "; ".join(row.text for row in rows))
    axe(driver, "the delivery log searched by reference")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/renvoi'] button"))
    check("delivery log: a resend is queued and shown first", "de nouveau en file d'attente" in text(driver)
          and "(renvoi)" in driver.find_elements(By.CSS_SELECTOR, "tbody tr")[0].text)
    axe(driver, "the delivery log after a resend")
    driver.find_element(By.LINK_TEXT, "Messages en échec").click()
    check("delivery log: the failed messages have a view of their own",
          driver.current_url.endswith("/journal?etat=echec") and "ne partent plus que si vous les renvoyez" in text(driver))
    axe(driver, "the failed messages")
    sign_out(driver)


def mail(address, subject_start):
    """The first email to `address` whose subject starts so, as the test SMTP server wrote it (30 s at most)."""
    for _ in range(60):
        for name in sorted(glob.glob(os.path.join(os.environ["IPC_MAIL_FOLDER"], "*.json"))):
            message = json.load(open(name, encoding="utf-8"))
            if address in message["rcptTos"] and (message.get("subject") or "").startswith(subject_start):
                return message
        time.sleep(0.5)
    return None


def fits_a_phone(driver, page):
    """At a phone's width (375 px) nothing scrolls sideways, and axe-core still finds nothing."""
    driver.set_window_size(375, 800)
    driver.refresh()
    check(f"{page}: nothing scrolls sideways at a phone's width",
          driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"))
    axe(driver, f"{page} at a phone's width")
    driver.set_window_size(1280, 1024)


def training(driver):
    """The training front as an elected official uses it, then the back office as staff use it."""
    driver.get(TRAINING + "/")
    check("training: the catalogue lists the demo's sessions", "Mettre ses démarches en ligne" in text(driver)
          and "Formations Internet Public et Citoyen" in driver.title)
    axe(driver, "the training catalogue")
    fits_a_phone(driver, "the training catalogue")
    driver.find_element(By.CSS_SELECTOR, "#departement option[value='12']").click()
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[role='search'] button"))
    check("training: a search by département keeps its sessions only", "Rodez" in text(driver) and "Foix" not in text(driver))
    driver.find_element(By.LINK_TEXT, "Le site Internet de la commune").click()
    check("training: a session's page shows its places, venue and access", "1 sur 15" in text(driver) and "plain-pied" in text(driver))
    axe(driver, "a session's page")
    fits_a_phone(driver, "a session's page")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/inscription'] button"))
    check("training: an empty registration is refused, each field named", "Indiquez vos nom et prénom" in text(driver)
          and driver.find_element(By.ID, "email").get_attribute("aria-invalid") == "true")
    axe(driver, "the registration form with its errors")
    first = f"maire-{uuid.uuid4().hex[:8]}@rodez.example"
    second = f"dgs-{uuid.uuid4().hex[:8]}@rodez.example"
    for address, role in ((first, "mayor"), (second, "generalSecretary")):
        fill(driver, "name", "Camille Martin")
        fill(driver, "email", address)
        driver.find_element(By.CSS_SELECTOR, f"#role option[value='{role}']").click()
        fill(driver, "collectivite", "12202")
        press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/inscription'] button"))
        if address == first:
            check("training: the last place is confirmed, on the registrant's own page", "Votre inscription est confirmée" in text(driver))
            axe(driver, "the registrant's page")
            manage = driver.current_url.split("?")[0]
            driver.back()
            driver.refresh()
    check("training: the next person goes to the waitlist", "liste d'attente, position 1" in text(driver))
    confirmation = mail(first, "Inscription confirmée")
    check("training: the confirmation email arrives with the link of the registration",
          confirmation is not None and manage in (confirmation["text"] or ""))
    driver.get(manage)
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/annulation'] button"))
    check("training: the registrant cancels through their link", "Votre inscription est annulée" in text(driver))
    check("training: the freed place goes to the waitlisted person, who is told by email",
          mail(second, "Une place s'est libérée") is not None)
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/effacement'] button"))
    check("training: the registrant erases their data from their page", "Vos données sont effacées" in text(driver))
    axe(driver, "the erasure's confirmation")

    driver.get(TRAINING + "/mes-inscriptions")
    check("training: a person asks for the link to their registrations by address", "Recevoir le lien" in text(driver))
    axe(driver, "asking for one's registrations")
    fill(driver, "email", "participant1@formations.example")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/mes-inscriptions'] button"))
    check("training: the answer does not tell whether the address registered", "vient de lui être envoyé" in text(driver))
    message = mail("participant1@formations.example", "Vos inscriptions aux formations")
    link = next((word for word in ((message or {}).get("text") or "").split() if "/mes-inscriptions/" in word), None)
    check("training: the link to one's registrations arrives by email", link is not None)
    driver.get(link)
    check("training: the link opens the address's registrations, the held session's among them",
          "Premiers pas de la mairie en ligne" in text(driver) and "présent" in text(driver))
    axe(driver, "one's registrations")
    fits_a_phone(driver, "one's registrations")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Attestation de présence").click()
    check("training: the attendance certificate names the person, the session and its host",
          "Jeanne Dupuy" in text(driver) and "atteste" in text(driver) and "Commune de Muret" in text(driver))
    axe(driver, "the attendance certificate")

    driver.get(TRAINING + "/accueillir")
    check("training: a collectivité finds the form to host a session", "Accueillir une formation" in text(driver))
    axe(driver, "the hosting offer's form")
    fits_a_phone(driver, "the hosting offer's form")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/accueillir'] button"))
    check("training: an empty hosting offer is refused, each field named", "Indiquez le nom de la collectivité" in text(driver)
          and driver.find_element(By.ID, "room").get_attribute("aria-invalid") == "true")
    axe(driver, "the hosting offer's form with its errors")
    host = f"mairie-{uuid.uuid4().hex[:8]}@fleurance.example"
    for field, value in (("collectivite", "Commune de Fleurance"), ("contactName", "Jeanne Dupuy"), ("contactEmail", host),
                         ("proposedDates", "Un jeudi après-midi de juin"), ("town", "Fleurance"), ("address", "Rue de la République"),
                         ("room", "Salle du conseil")):
        fill(driver, field, value)
    for select, value in (("department", "32"), ("kind", "knowledgeBuffet"), ("theme", "tourisme")):
        driver.find_element(By.CSS_SELECTOR, f"#{select} option[value='{value}']").click()
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/accueillir'] button"))
    check("training: the hosting offer is received", "votre proposition est envoyée" in text(driver) and host in text(driver))
    axe(driver, "the hosting offer's confirmation")
    check("training: the collectivité's contact gets an acknowledgement", mail(host, "Commune de Fleurance") is not None)

    sign_in(driver, "formations@ipc.example", "formations-demo-2026", TRAINING)
    check("training back office: staff sign in and see every session", "Sessions de formation" in text(driver) and "Rodez" in text(driver))
    axe(driver, "the training back office's sessions")
    driver.find_element(By.LINK_TEXT, "Mettre ses démarches en ligne").click()
    check("training back office: a session's registrations, confirmed then the waitlist", "liste d'attente, position 1" in text(driver))
    axe(driver, "a session's registrations")
    driver.get(driver.current_url.split("?")[0] + "/emargement")
    check("training back office: the check-in list holds the confirmed registrations, ready to print", "Émargement" in text(driver)
          and len(driver.find_elements(By.CSS_SELECTOR, "input[name='present']")) == 12)
    axe(driver, "the check-in list")
    cookies = "; ".join(f"{cookie['name']}={cookie['value']}" for cookie in driver.get_cookies())
    sessions_csv = urllib.request.urlopen(urllib.request.Request(TRAINING + "/gestion/sessions.csv", headers={"Cookie": cookies}),
                                          timeout=10).read().decode("utf-8")
    check("training back office: the sessions' export opens in a French spreadsheet (BOM, semicolons)",
          sessions_csv.startswith("\ufeffSession;Type;Thème;") and "Premiers pas de la mairie en ligne" in sessions_csv)
    registrations_csv = urllib.request.urlopen(urllib.request.Request(driver.current_url.split("/emargement")[0] + "/inscriptions.csv",
                                                                      headers={"Cookie": cookies}), timeout=10).read().decode("utf-8")
    check("training back office: a session's registrations export holds what the session needs, no address",
          registrations_csv.startswith("\ufeffNom;Fonction;") and registrations_csv.count("\r\n") == 14 and "@" not in registrations_csv)
    driver.get(TRAINING + "/gestion/objectif")
    check("training back office: the objective counts elected officials against 1,000", "élus formés" in text(driver).lower()
          and "sur 1" in text(driver))
    axe(driver, "the objective")
    driver.get(TRAINING + "/gestion/accueils")
    check("training back office: the hosting offers, those to study first", "Commune de Fleurance" in text(driver))
    axe(driver, "the hosting offers")
    driver.find_element(By.LINK_TEXT, "Commune de Fleurance").click()
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/acceptation'] button"))
    check("training back office: accepting without the session's title and times is refused", "Le titre est obligatoire" in text(driver))
    axe(driver, "a hosting offer with its errors")
    fill(driver, "title", "Le tourisme en ligne en Lomagne")
    fill(driver, "description", "Un buffet des savoirs pour les offices de tourisme et les élus.")
    driver.execute_script("document.getElementById('day').value = '2031-06-12'; document.getElementById('start').value = '14:00';"
                          " document.getElementById('end').value = '17:00';")
    fill(driver, "trainer", "ARDESI")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/acceptation'] button"))
    check("training back office: the accepted offer's session is drafted", "La proposition est retenue" in text(driver)
          and "la session créée" in text(driver))
    check("training: the collectivité hears that its offer is accepted", mail(host, "Commune de Fleurance\u00a0: votre proposition d'accueil est retenue") is not None)
    driver.get(TRAINING + "/gestion/sessions/nouvelle")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/gestion/sessions'] button"))
    check("training back office: an empty session is refused, each field named", "Le titre est obligatoire" in text(driver))
    axe(driver, "the session form with its errors")
    sign_out(driver)


def resources(driver):
    """The resource centre as a partner and a reader use it, then its back office as staff use it."""
    driver.get(RESOURCES + "/")
    check("resources: the latest publications, the brochure's guide among them",
          "Les nouvelles technologies au service de l'intercommunalité" in text(driver)
          and "Centre de ressources Internet Public et Citoyen" in driver.title)
    axe(driver, "the resource centre's publications")
    fits_a_phone(driver, "the resource centre's publications")
    fill(driver, "q", "numeriques")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[role='search'] button"))
    check("resources: a search without accents finds the accented words, marked in the excerpt",
          "Créer le site Internet de sa commune" in text(driver) and driver.find_elements(By.CSS_SELECTOR, ".extrait mark"))
    axe(driver, "a search's results")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Fiche pratique").click()
    check("resources: a facet narrows the search", "Fiche pratique" in text(driver) and "type=practicalSheet" in driver.current_url)
    driver.find_element(By.LINK_TEXT, "Créer le site Internet de sa commune").click()
    check("resources: a publication's page shows its text and its licence", "Les étapes" in text(driver)
          and "Licence Ouverte / Etalab 2.0" in text(driver))
    axe(driver, "a publication's page")
    fits_a_phone(driver, "a publication's page")

    driver.get(RESOURCES + "/indicateurs")
    check("resources: the live indicators, each chart drawn in SVG with its data table",
          len(driver.find_elements(By.CSS_SELECTOR, "figure.graphique svg[role='img'] + table")) >= 5 and "Élus formés" in text(driver))
    axe(driver, "the programme's indicators")
    fits_a_phone(driver, "the programme's indicators")
    driver.find_element(By.CSS_SELECTOR, "#departement option[value='09']").click()
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/indicateurs'] button"))
    check("resources: the indicators of one département", "departement=09" in driver.current_url and "Ariège" in text(driver))

    # A partner's page on another origin reads the JSON API: a page of its own (the platform's pages allow no script
    # to call elsewhere), served from loopback (Chrome keeps pages from public origins away from loopback).
    partner = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PartnerPage)
    threading.Thread(target=partner.serve_forever, daemon=True).start()
    driver.get(f"http://127.0.0.1:{partner.server_port}/")
    titles = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0] + "/api/publications?q=diagnostic").then(r => r.json())
            .then(body => done(body.hits.map(hit => hit.publication.title))).catch(error => done(String(error)));
        """, RESOURCES)
    check("resources: a partner's page on another origin reads the API (CORS)",
          isinstance(titles, list) and len(titles) == 2 and all("Diagnostic" in title for title in titles))

    # A collectivité asks for advice through the form.
    driver.get(RESOURCES + "/conseil")
    axe(driver, "the advice form")
    fits_a_phone(driver, "the advice form")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/conseil'] button"))
    check("resources: an empty question is refused, each field named", "Indiquez votre collectivité" in text(driver)
          and driver.find_element(By.ID, "question").get_attribute("aria-invalid") == "true")
    axe(driver, "the advice form with its errors")
    fill(driver, "collectivite", "Commune de Saint-Lizier")
    fill(driver, "name", "Paul Martin")
    fill(driver, "email", "maire@saint-lizier.example")
    fill(driver, "question", "Paul Martin, Saint-Lizier : comment équiper la médiathèque d'un espace public numérique ?")
    driver.find_element(By.ID, "faqConsent").click()
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/conseil'] button"))
    check("resources: the question is received", "Votre question est reçue" in text(driver))
    axe(driver, "the question received")

    sign_in(driver, "ressources@ipc.example", "ressources-demo-2026", RESOURCES)
    check("resources back office: staff sign in and see every publication", "Ouvrir un espace public numérique" in text(driver))
    axe(driver, "the resource centre's back office")
    driver.get(RESOURCES + "/gestion/publications/nouvelle")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/gestion/publications'] button"))
    check("resources back office: an empty publication is refused, each field named", "Le titre est obligatoire" in text(driver)
          and driver.find_element(By.ID, "title").get_attribute("aria-invalid") == "true")
    axe(driver, "the publication form with its errors")
    driver.find_element(By.CSS_SELECTOR, "#kind option[value='study']").click()
    fill(driver, "title", "Les usages d'Internet dans les communes rurales")
    fill(driver, "summary", "Étude 2007 du centre de ressources.")
    fill(driver, "body", "## Méthode\n\nUne enquête auprès de 300 mairies.")
    driver.find_element(By.ID, "theme-services-aux-citoyens").click()
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/gestion/publications'] button"))
    check("resources back office: the study is drafted", "La publication est créée en brouillon" in text(driver))
    axe(driver, "a publication in the back office")
    study_pdf = os.path.join(tempfile.mkdtemp(), "enquete-communes-rurales.pdf")
    with open(study_pdf, "wb") as file:
        file.write(demo_api.simple_pdf(["Enquête 2007 : la téléphonie mobile et le haut débit dans les bourgs ruraux."]))
    driver.find_element(By.ID, "file").send_keys(study_pdf)
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/fichiers'] button"))
    check("resources back office: a PDF is attached to the study", "Le fichier est joint" in text(driver)
          and "enquete-communes-rurales.pdf" in text(driver))
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/publication'] button"))
    check("resources back office: the study is published", "La publication est en ligne" in text(driver))
    driver.get(RESOURCES + "/?q=rurale")
    check("resources: the new study is found at once", "Les usages d'Internet dans les communes rurales" in text(driver))
    driver.get(RESOURCES + "/?q=telephonie%20bourgs")
    check("resources: the study is found by words of its PDF alone", "Les usages d'Internet dans les communes rurales" in text(driver))
    driver.get(RESOURCES + "/gestion/conseils")
    axe(driver, "the questions received")
    driver.find_element(By.PARTIAL_LINK_TEXT, "espace public numérique").click()
    fill(driver, "answer", "Le guide des espaces publics numériques détaille l'équipement d'une médiathèque.")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/reponse'] button"))
    check("resources back office: the answer is sent, and the FAQ's draft names no one",
          "La réponse est enregistrée" in text(driver) and "Paul" not in driver.find_element(By.ID, "faqQuestion").get_attribute("value")
          and "Lizier" not in driver.find_element(By.ID, "faqQuestion").get_attribute("value"))
    axe(driver, "an answered question in the back office")
    fill(driver, "faqQuestion", "Comment équiper la médiathèque d'un espace public numérique ?")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action$='/faq'] button"))
    check("resources back office: the question joins the FAQ", "La question est publiée dans la FAQ" in text(driver))
    driver.get(RESOURCES + "/faq")
    check("resources: the FAQ shows the anonymised question and its answer",
          "Comment équiper la médiathèque" in text(driver) and "Paul Martin" not in text(driver))
    axe(driver, "the FAQ")
    fits_a_phone(driver, "the FAQ")
    driver.get(RESOURCES + "/gestion/diagnostics")
    axe(driver, "the annual diagnostics in the back office")
    for _ in range(2):
        driver.find_element(By.CSS_SELECTOR, "#year option:not([value=''])").click()
        press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/gestion/diagnostics'] button"))
    check("resources back office: two years frozen as annual diagnostics", "est figé et publié" in text(driver)
          and len(driver.find_elements(By.CSS_SELECTOR, "table tbody tr")) == 2)
    driver.get(RESOURCES + "/diagnostics")
    driver.find_element(By.CSS_SELECTOR, "#b option:last-child").click()
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/diagnostics'] button"))
    check("resources: two frozen diagnostics side by side", "Évolution" in text(driver) and "Élus formés" in text(driver))
    axe(driver, "two annual diagnostics compared")
    fits_a_phone(driver, "two annual diagnostics compared")
    driver.find_element(By.CSS_SELECTOR, "main ul a[href^='/diagnostics/']").click()
    check("resources: a frozen diagnostic's page, with its charts", "figés le" in text(driver)
          and driver.find_elements(By.CSS_SELECTOR, "figure.graphique svg[role='img']"))
    axe(driver, "a frozen annual diagnostic")
    driver.get(RESOURCES + "/gestion/sites")
    check("resources back office: the registered collectivités' websites to diagnose, the one registered in the back office included",
          "https://saint-lary.example" in text(driver) and "https://www.castillon.example" in text(driver))
    fill(driver, "collectivite", "Commune de Foix")
    fill(driver, "url", "ftp://mairie-foix.example")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/gestion/sites'] button"))
    check("resources back office: a website's address other than http or https is refused",
          driver.find_element(By.ID, "url").get_attribute("aria-invalid") == "true")
    axe(driver, "the websites to diagnose, with an error")
    fill(driver, "url", "https://www.mairie-foix.example")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/gestion/sites'] button"))
    check("resources back office: a website added by hand", "Le site est ajouté" in text(driver) and "https://www.mairie-foix.example" in text(driver))
    # The end-to-end checks diagnosed fixture sites (scripts/lib/check_diagnostic.py): their scores and the batch's progress.
    check("resources back office: the last diagnostic batch's progress", "9 sites sur 9 diagnostiqués (terminée)" in text(driver))
    axe(driver, "the websites to diagnose, with their scores")
    poor = driver.find_element(By.XPATH, "//tr[td[contains(., 'Commune fixture poor')]]//form[@action='/gestion/sites/diagnostic']/button")
    press(driver, poor)
    check("resources back office: one site's diagnostic started from its row", "Le diagnostic est lancé" in text(driver))
    driver.find_element(By.XPATH, "//tr[td[contains(., 'Commune fixture good')]]//a[starts-with(@href, '/sites/')]").click()
    report = text(driver).replace("\u00a0", " ")  # WebDriver's text may give no-break spaces as plain ones
    check("resources: a website's report, its scores by theme and its checks with advice",
          "Note globale : 100/100" in report and "Déclaration d'accessibilité : réussi" in report and "Historique" in report)
    axe(driver, "a website's diagnostic report")
    fits_a_phone(driver, "a website's diagnostic report")
    driver.get(RESOURCES + "/gestion")
    sign_out(driver)


def subscription(driver):
    """A partner subscribes to the digest through the API, then confirms and leaves through the emailed links."""
    address = f"veille-{uuid.uuid4().hex[:8]}@cyberbase.example"
    request = urllib.request.Request(NOTIFICATIONS + "/api/subscriptions", data=json.dumps({"email": address}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    check("subscription: the API accepts the request", urllib.request.urlopen(request, timeout=10).status == 202)
    link = None
    for _ in range(60):
        for name in sorted(glob.glob(os.path.join(os.environ["IPC_MAIL_FOLDER"], "*.json"))):
            mail = json.load(open(name, encoding="utf-8"))
            if address in mail["rcptTos"]:
                link = next((word for word in (mail["text"] or "").split() if "/abonnement/" in word), None)
        if link:
            break
        time.sleep(0.5)
    check("subscription: the confirmation email carries the link", link is not None)
    driver.get(link)
    check("subscription: the link shows what confirming does", address in text(driver) and "Confirmer l'abonnement" in text(driver))
    axe(driver, "the subscription confirmation")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form button"))
    check("subscription: confirmed", "Abonnement confirmé" in text(driver))
    driver.get(link.replace("/abonnement/", "/desabonnement/"))
    axe(driver, "the unsubscribe page")
    press(driver, driver.find_element(By.CSS_SELECTOR, "form button"))
    check("subscription: unsubscribed in one click", "Vous êtes désabonné" in text(driver))


class PartnerPage(http.server.BaseHTTPRequestHandler):
    """A partner's site, on an origin of its own, with no security policy of the platform's."""

    def do_GET(self):
        body = '<!DOCTYPE html><html lang="fr"><title>Partenaire</title><p>Un site partenaire</p></html>'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1024", "--lang=fr-FR"):
    options.add_argument(argument)
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    main(browser)
    jury(browser)
    delivery_log(browser)
    subscription(browser)
    training(browser)
    resources(browser)
except Exception:
    failed += 1
    traceback.print_exc()
    print("  ✘ the browser scenario stopped:", browser.current_url)
finally:
    browser.quit()
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
