"""A real SMTP server for the tests (aiosmtpd), storing every message it accepts where the
tests read it. Three listeners in one process:

  PORT      plain SMTP
  PORT + 1  STARTTLS required (the certificate given, self-signed)
  PORT + 2  AUTH PLAIN and LOGIN required (user ipc-test, password ipc-test-password)

Each accepted message is written to FOLDER/<listener>/<n>.eml, with the envelope, the instant
it was accepted (acceptedAt, seconds since the epoch) and the
message as Python's email package reads it (decoded subject, text and HTML parts,
attachments with their file names) in <n>.json. A recipient's local part chooses a failure: "reject..." gets 550 (permanent);
"busy-<token>..." gets 451 the first time its token is seen, then is accepted.

With --lean (the mail benchmark), the summary holds the envelope and the instant only: the
server then costs what a real relay's acceptance costs, not a mail client's parsing.

usage: smtp_sink.py PORT FOLDER CERTIFICATE KEY [--lean]
"""
import asyncio
import base64
import email
import email.policy
import itertools
import json
import os
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

PORT, FOLDER, CERTIFICATE, KEY = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
LEAN = "--lean" in sys.argv[5:]
USER, PASSWORD = b"ipc-test", b"ipc-test-password"


class Sink:
    """Stores messages; refuses the recipients that ask for it."""

    def __init__(self, name):
        self.folder = os.path.join(FOLDER, name)
        os.makedirs(self.folder, exist_ok=True)
        self.numbers = itertools.count(len(os.listdir(self.folder)) // 2 + 1)
        self.busy_seen = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0]
        if local.startswith("reject"):
            return "550 5.1.1 Destinataire inconnu"
        if local.startswith("busy-") and local not in self.busy_seen:
            self.busy_seen.add(local)
            return "451 4.3.0 Réessayez plus tard"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        number = next(self.numbers)
        path = os.path.join(self.folder, f"{number:06d}")
        with open(path + ".eml.part", "wb") as file:
            file.write(envelope.original_content)
        with open(path + ".json.part", "w", encoding="utf-8") as file:
            json.dump({"acceptedAt": time.time(), "mailFrom": envelope.mail_from, "rcptTos": envelope.rcpt_tos, "tls": session.ssl is not None,
                       "authenticated": bool(session.authenticated), **({} if LEAN else summary(envelope.original_content))}, file)
        # Readers see whole files only: each is renamed once written.
        os.rename(path + ".json.part", path + ".json")
        os.rename(path + ".eml.part", path + ".eml")
        return "250 2.0.0 Message accepté"


def summary(raw):
    """What a mail client would show of the message."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    return {
        "subject": str(message["subject"]), "from": str(message["from"]), "to": str(message["to"]),
        "messageId": str(message["message-id"]), "headers": {key: str(value) for key, value in message.items()},
        "text": text.get_content() if text else None, "html": html.get_content() if html else None,
        "attachments": [{"fileName": part.get_filename(), "contentType": part.get_content_type(),
                         "content": base64.b64encode(part.get_payload(decode=True)).decode()} for part in message.iter_attachments()],
    }


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER and auth_data.password == PASSWORD
    return AuthResult(success=ok, handled=False)


def main():
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(CERTIFICATE, KEY)
    listeners = [
        Controller(Sink("plain"), hostname="127.0.0.1", port=PORT, decode_data=False),
        Controller(Sink("starttls"), hostname="127.0.0.1", port=PORT + 1, tls_context=context, require_starttls=True),
        Controller(Sink("auth"), hostname="127.0.0.1", port=PORT + 2, authenticator=authenticator, auth_required=True,
                   auth_require_tls=False),
    ]
    for listener in listeners:
        listener.start()
    print(f"smtp sink on 127.0.0.1:{PORT}-{PORT + 2}, writing to {FOLDER}", flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        for listener in listeners:
            listener.stop()


main()
