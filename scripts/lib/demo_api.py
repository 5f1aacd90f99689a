"""What the demo loaders share: JSON calls to a service's API and its token endpoint."""
import json
import subprocess
import sys
import urllib.error
import urllib.request


def call(base, method, path, body=None, token=None):
    """(status, decoded JSON body) of one API call; refusals come back as their problem document."""
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


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
