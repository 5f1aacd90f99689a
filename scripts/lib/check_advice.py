"""End to end, personalised advice: a collectivité asks the resource centre through its API,
staff answer once, and the answer arrives by email at the test SMTP server (through
resources.v1, the notifications service and SMTP). Exits non-zero with the reason."""
import os
import sys
import uuid

sys.path.insert(0, os.path.dirname(__file__))
from demo_api import call, mails_to, token  # noqa: E402

base, mail_folder = sys.argv[1], sys.argv[2]
address = f"mairie-{uuid.uuid4().hex[:8]}@saint-lizier.example"
status, receipt = call(base, "POST", "/api/advice-questions", {
    "collectivite": "Commune de Saint-Lizier", "department": "09", "name": "Paul Martin", "email": address,
    "question": "Comment ouvrir un point d'accès public à Internet en mairie ?", "faqConsent": True})
if status != 201:
    sys.exit(f"the question was refused: {status} {receipt}")
staff = token(base, "ressources@ipc.example", "ressources-demo-2026")
answer = "Commencez par le guide des espaces publics numériques du centre de ressources."
status, body = call(base, "POST", f"/api/advice-questions/{receipt['id']}/answer", {"answer": answer}, staff)
if status != 200:
    sys.exit(f"the answer was refused: {status} {body}")
status, body = call(base, "POST", f"/api/advice-questions/{receipt['id']}/answer", {"answer": "Encore"}, staff)
if status != 409:
    sys.exit(f"a second answer was not refused: {status} {body}")
mails = mails_to(mail_folder, address)
if not mails:
    sys.exit("no email reached the asker")
if len(mails) != 1 or answer not in (mails[0]["text"] or "") or "réponse à votre question" not in mails[0]["subject"]:
    sys.exit(f"expected one email with the answer, got {[(m['subject'], m['text']) for m in mails]}")
print("the answer reached", address)
