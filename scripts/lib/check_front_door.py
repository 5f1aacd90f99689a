"""The front door as a visitor meets it: caddy started by scripts/lib/proxy.sh with a staff
network that excludes this machine (so every request here comes from outside it). Each front on
its host name, over TLS with the local authority; /metrics and /health never served; the back offices, the
staff's sign-in and the delivery log refused from outside, the subscription links not; request
size limits; security headers; plain HTTP sent to HTTPS. Prints each check; exits non-zero on any
failure.

Usage: check_front_door.py HTTPS_PORT HTTP_PORT ROOT_CERTIFICATE
"""
import http.client
import json
import socket
import ssl
import sys

port, http_port, root = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
context = ssl.create_default_context(cafile=root)
FRONTS = {"candidatures": "applications", "jury": "jury", "formations": "training", "ressources": "resources",
          "courriels": "notifications"}
failures = 0


class LoopbackHTTPS(http.client.HTTPSConnection):
    """An HTTPS connection to <front>.localhost on this machine, the certificate checked against the local authority."""

    def connect(self):
        self.sock = context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=30), server_hostname=self.host)


def ask(front, method, path, body=None, headers=None):
    connection = LoopbackHTTPS(f"{front}.localhost", port, timeout=30)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    answer = (response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    connection.close()
    return answer


def check(description, condition, detail=""):
    global failures
    print(("  ✔ " if condition else "  ✘ ") + description + ("" if condition else f" {detail}"))
    failures += 0 if condition else 1


for front, service in FRONTS.items():
    # The delivery log's host serves the subscription links only; the others their API document.
    path = "/abonnement/jeton-inconnu" if front == "courriels" else "/openapi.json"
    status, headers, body = ask(front, "GET", path)
    title = json.loads(body).get("info", {}).get("title", "") if status == 200 else ""
    check(f"{front}.localhost serves the {service} service over TLS",
          title.endswith("— " + service) or front == "courriels" and "content-security-policy" in headers and status != 403,
          f"{status} {body[:120]!r}")
    check(f"{front}.localhost: HSTS, nosniff and referrer policy on every answer",
          "max-age" in headers.get("strict-transport-security", "") and headers.get("x-content-type-options") == "nosniff"
          and headers.get("referrer-policy"), str(headers))
    for internal in ("/metrics", "/health/ready"):
        status, _, body = ask(front, "GET", internal)
        check(f"{front}.localhost: {internal} is not served", status == 404 and b"# TYPE" not in body and b"checks" not in body, f"{status}")

status, headers, _ = ask("candidatures", "GET", "/")
check("the applicants' portal keeps the service's Content-Security-Policy", "default-src" in headers.get("content-security-policy", ""))
for front, path in [("candidatures", "/gestion"), ("candidatures", "/gestion/appels"), ("formations", "/gestion"),
                    ("formations", "/connexion"), ("ressources", "/gestion/publications"), ("ressources", "/connexion"),
                    ("courriels", "/journal"), ("courriels", "/connexion"), ("courriels", "/api/messages")]:
    status, _, body = ask(front, "GET", path)
    check(f"{front}.localhost{path} is refused outside the staff network, in French",
          status == 403 and "réservé au réseau de l'équipe" in body.decode(), f"{status} {body[:80]!r}")
for front, path in [("candidatures", "/connexion"), ("courriels", "/abonnement/jeton-inconnu"), ("formations", "/")]:
    status, _, _ = ask(front, "GET", path)
    check(f"{front}.localhost{path} stays open to everyone", status != 403, f"{status}")


def declare(front, size):
    """The answer's head to a POST that declares `size` bytes and sends five: the proxy must answer without waiting for the rest."""
    with context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10), server_hostname=f"{front}.localhost") as tls:
        tls.sendall(f"POST /api/auth/token HTTP/1.1\r\nHost: {front}.localhost\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {size}\r\n\r\n{{\"a\"".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = tls.recv(4096)
            if not chunk:
                break
            head += chunk
    return head.decode("latin-1")


for front, size in [("jury", 2_000_000), ("formations", 2_000_000), ("candidatures", 12_000_000), ("ressources", 22_000_000)]:
    head = declare(front, size)
    check(f"{front}.localhost: a body declared at {size:,} bytes is refused by the proxy before it is read (413)",
          head.startswith("HTTP/1.1 413") and "problem+json" not in head, head[:60])

connection = http.client.HTTPConnection("127.0.0.1", http_port, timeout=10)
connection.request("GET", "/", headers={"Host": "candidatures.localhost"})
response = connection.getresponse()
check("plain HTTP is sent to HTTPS", response.status in (301, 308) and response.getheader("Location", "").startswith("https://"),
      f"{response.status} {response.getheader('Location')}")
print(f"front door: {failures} failure(s)")
sys.exit(1 if failures else 0)
