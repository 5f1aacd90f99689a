"""What the demo loaders and the end-to-end checks share: JSON calls and file uploads to a service's API, its token
endpoint, a small PDF maker, and the test SMTP server's received emails."""
import glob
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request


def call(base, method, path, body=None, token=None):
    """(status, decoded JSON body) of one API call; refusals come back as their problem document."""
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    return send(request, token)


def send(request, token=None, timeout=30):
    """(status, decoded JSON body) of a prepared request, with the bearer token if any."""
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def siren(number):
    """A SIREN with a valid Luhn key, unique per number."""
    base = f"{number:08d}"
    for key in range(10):
        digits = base + str(key)
        total = sum((lambda v: v - 9 if v > 9 else v)(int(c) * (2 if i % 2 else 1)) for i, c in enumerate(reversed(digits)))
        if total % 10 == 0:
            return digits


def upload(base, path, file_name, content, token):
    """(status, decoded JSON body) of a multipart upload of one file in the field `file`."""
    boundary = "ipc-demo-boundary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{file_name}"\r\n'
            'Content-Type: application/octet-stream\r\n\r\n').encode() + content + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(base + path, method="POST", data=body)
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    return send(request, token, timeout=60)


def simple_pdf(lines):
    """A valid one-page PDF of these lines (Helvetica, WinAnsi), whose text pdftotext reads back."""
    def escaped(line):
        return line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    content = b"BT /F1 12 Tf 72 760 Td 16 TL\n" + b"".join(b"(" + escaped(line) + b") '\n" for line in lines) + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return pdf + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def token(base, email, password):
    status, body = call(base, "POST", "/api/auth/token", {"email": email, "password": password})
    if status != 201:
        sys.exit(f"demo: cannot sign in to {base} as {email}: {status} {body}")
    return body["token"]


def staff_token(base, binary, email, name, password):
    """Creates the staff account through the service's command-line tool (kept if it exists), then signs in."""
    result = subprocess.run([binary, "account", "create", "--email", email, "--name", name, "--role", "staff"],
                            input=password + "\n", text=True, capture_output=True)
    if result.returncode != 0 and "déjà" not in result.stderr:
        sys.exit(f"demo: account {email}: {result.stderr.strip()}")
    return token(base, email, password)


def mails_to(folder, address, timeout=30, settle=1):
    """The emails the test SMTP server stored in `folder` for `address`: waits up to `timeout` seconds for the first,
    then `settle` more for any duplicate; empty if none came."""
    def received():
        return [m for m in (json.load(open(f, encoding="utf-8")) for f in glob.glob(folder + "/*.json")) if address in m["rcptTos"]]
    deadline = time.time() + timeout
    while time.time() < deadline and not received():
        time.sleep(0.5)
    if not received():
        return []
    time.sleep(settle)
    return received()
