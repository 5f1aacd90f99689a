#!/usr/bin/env python3
"""Fixture websites on loopback, for the website diagnostic's tests and benchmark.

Each site listens on its own port of 127.0.0.1 and is reached as http(s)://localhost:PORT/.
Once every site listens, one JSON line goes to stdout:
  {"sites": {"good": "https://localhost:41001/", ...}, "ca": ".../ca.pem", "logs": ".../logs"}
Every request a site receives is appended to logs/NAME.txt (its path), so that tests can see
what the crawler asked for. Runs until killed. Standard library and the openssl CLI only.

  good        HTTPS with a certificate from the run's own CA (ca.pem); plain HTTP on the same
              port redirects to HTTPS; every check passes
  poor        plain HTTP; most checks fail
  slow        plain HTTP; the home page takes 3.2 s
  loop        plain HTTP; / -> /a -> /b -> /a
  huge        plain HTTP; a 3 MB home page
  selfsigned  HTTPS with a self-signed certificate
  robots      plain HTTP; robots.txt forbids everything
  private     plain HTTP; links to a private address, and redirects to another
  --copies N  adds bench-0 ... bench-N-1: the good site's pages in plain HTTP
"""
import argparse
import datetime
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def page(title, body, head=""):
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="Site officiel de la commune de Bonneval : démarches, actualités, horaires de la mairie et services en ligne.">
{head}</head>
<body><a href="#contenu">Aller au contenu</a>
<nav><a href="/">Accueil</a> <a href="/mentions-legales">Mentions légales</a> <a href="/accessibilite">Accessibilité : partiellement conforme</a>
<a href="/contact">Contact</a> <a href="/demarches">Démarches en ligne</a></nav>
<main id="contenu">{body}</main></body></html>"""


def good_pages():
    today = datetime.date.today()
    today_fr = f"{today.day} {MONTHS[today.month - 1]} {today.year}"
    return {
        "/": page("Commune de Bonneval, site officiel", f"""<h1>Bienvenue à Bonneval</h1>
<h2>Actualités</h2><p>Publié le <time datetime="{today.isoformat()}">{today_fr}</time> : le marché de Noël.</p>
<img src="/logo.png" alt="Logo de la commune de Bonneval"><img src="/frise.png" alt="">
<h2>Mairie</h2><p>Téléphone : 05 61 00 00 00. Courriel : <a href="mailto:mairie@bonneval.example">mairie@bonneval.example</a></p>""",
                  head='<link rel="alternate" type="application/rss+xml" title="Actualités" href="/actualites.xml">'),
        "/mentions-legales": page("Mentions légales, commune de Bonneval", "<h1>Mentions légales</h1><p>Éditeur : commune de Bonneval.</p>"),
        "/accessibilite": page("Accessibilité, commune de Bonneval", """<h1>Déclaration d'accessibilité</h1>
<p>La commune de Bonneval s'engage à rendre son site accessible. Ce site est partiellement conforme avec le RGAA 4.1.</p>"""),
        "/contact": page("Contact, commune de Bonneval", """<h1>Nous écrire</h1><form method="post" action="/contact">
<label for="nom">Nom</label><input id="nom" name="nom"><label>Message <textarea name="message"></textarea></label>
<button type="submit">Envoyer</button></form>"""),
        "/demarches": page("Démarches en ligne, commune de Bonneval", """<h1>Démarches en ligne</h1>
<p><a href="https://www.service-public.fr/particuliers/vosdroits/N358">Carte d'identité sur service-public.fr</a></p>
<p>Prendre rendez-vous en ligne pour un passeport.</p>"""),
        "/actualites.xml": """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bonneval</title>
<link>https://bonneval.example/</link><description>Actualités</description><item><title>Marché de Noël</title></item></channel></rss>""",
    }


POOR = {
    "/": """<html><head><title>Accueil</title></head><body><h1>Mairie</h1><h1>Bienvenue</h1><h4>Infos</h4>
<img src="/photo.jpg"><form role="search" action="/recherche"><input type="text" name="q"></form>
<p>Mis à jour le 12/03/2015</p><a href="/ancienne-page">Ancienne page</a> <a href="/histoire">Histoire</a></body></html>""",
    "/histoire": "<html><head><title>Histoire</title></head><body><p>Le village en 1900.</p></body></html>",
}


class Site(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, name, kind, pages, log_dir, tls=None, sniff=False):
        super().__init__(("127.0.0.1", 0), Handler)
        self.name, self.kind, self.pages, self.tls, self.sniff = name, kind, pages, tls, sniff
        self.log_path = os.path.join(log_dir, f"{name}.txt")
        self.log_lock = threading.Lock()

    def get_request(self):
        connection, address = self.socket.accept()
        if self.tls is not None:
            # The good site answers TLS and plain HTTP on one port: the first byte tells them apart.
            if not self.sniff or connection.recv(1, socket.MSG_PEEK) == b"\x16":
                connection.settimeout(1)
                connection = self.tls.wrap_socket(connection, server_side=True)
                connection.settimeout(None)
        return connection, address

    def handle_error(self, request, client_address):
        pass  # handshakes refused by the crawler (self-signed certificate) are expected

    def url(self):
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://localhost:{self.server_address[1]}/"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in two writes: on a kept-alive connection, Nagle's algorithm would
    # hold the second for the client's delayed acknowledgement (40 ms a response).
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def do_GET(self):
        site = self.server
        with site.log_lock, open(site.log_path, "a") as log:
            log.write(self.path + "\n")
        path = self.path.split("?")[0]
        if site.sniff and not isinstance(self.connection, ssl.SSLSocket):
            return self.send(301, "", {"Location": f"https://localhost:{site.server_address[1]}{self.path}"})
        if site.kind == "robots" and path == "/robots.txt":
            return self.send(200, "User-agent: *\nDisallow: /\n", {"Content-Type": "text/plain"})
        if site.kind == "loop" and path in ("/", "/a", "/b"):
            return self.send(302, "", {"Location": {"/": "/a", "/a": "/b", "/b": "/a"}[path]})
        if site.kind == "slow" and path == "/":
            time.sleep(3.2)
        if site.kind == "huge" and path == "/":
            return self.send(200, "<!doctype html><html lang=\"fr\"><body>" + "<p>Conseil municipal du jour.</p>" * 100_000 + "</body></html>")
        if site.kind == "private" and path == "/espace-agents":
            return self.send(302, "", {"Location": "http://192.168.1.10/agents"})
        body = site.pages.get(path)
        if body is None:
            return self.send(404, "<html><body>Page introuvable</body></html>")
        content_type = "application/rss+xml" if path.endswith(".xml") else "text/html; charset=utf-8"
        # The poor site was last touched years ago; the others yesterday.
        modified = 1_426_118_400 if site.kind in ("poor", "slow") else time.time() - 86_400
        self.send(200, body, {"Content-Type": content_type, "Last-Modified": self.date_time_string(modified)})

    def send(self, status, body, headers=None):
        data = body.encode("utf-8")
        self.send_response(status)
        for name, value in (headers or {"Content-Type": "text/html; charset=utf-8"}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def openssl(*arguments, cwd):
    subprocess.run(["openssl", *arguments], cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def certificates(directory):
    """A CA and a localhost certificate it signs; a self-signed localhost certificate."""
    key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    san = "subjectAltName=DNS:localhost,IP:127.0.0.1"
    openssl("req", "-x509", *key, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=IPC fixture CA", cwd=directory)
    openssl("req", *key, "-keyout", "site.key", "-out", "site.csr", "-subj", "/CN=localhost", cwd=directory)
    with open(os.path.join(directory, "san.ext"), "w") as extension:
        extension.write(san + "\n")
    openssl("x509", "-req", "-in", "site.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "site.pem",
            "-days", "2", "-extfile", "san.ext", cwd=directory)
    openssl("req", "-x509", *key, "-keyout", "self.key", "-out", "self.pem", "-days", "2", "-subj", "/CN=localhost",
            "-addext", san, cwd=directory)

    def context(certificate, private_key):
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(os.path.join(directory, certificate), os.path.join(directory, private_key))
        return tls

    return context("site.pem", "site.key"), context("self.pem", "self.key")


def main():
    # A parent that ignores SIGTERM (a service test's signal handling) would pass that on.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=0)
    parser.add_argument("--workdir", default=None)
    options = parser.parse_args()
    workdir = options.workdir or tempfile.mkdtemp(prefix="ipc-fixture-sites-")
    logs = os.path.join(workdir, "logs")
    os.makedirs(logs, exist_ok=True)
    trusted, self_signed = certificates(workdir)
    good = good_pages()
    sites = [
        Site("good", "good", good, logs, tls=trusted, sniff=True),
        Site("poor", "poor", POOR, logs),
        Site("slow", "slow", {"/": POOR["/"]}, logs),
        Site("loop", "loop", {}, logs),
        Site("huge", "huge", {}, logs),
        Site("selfsigned", "selfsigned", good, logs, tls=self_signed),
        Site("robots", "robots", good, logs),
        Site("private", "private", {"/": page("Commune de Privas-le-Bas", """<h1>Accueil</h1>
<p><a href="http://10.0.0.1/intranet">Intranet</a> <a href="/espace-agents">Espace agents</a></p>""")}, logs),
    ] + [Site(f"bench-{index}", "bench", good, logs) for index in range(options.copies)]
    for site in sites:
        threading.Thread(target=site.serve_forever, daemon=True).start()
    print(json.dumps({"sites": {site.name: site.url() for site in sites}, "ca": os.path.join(workdir, "ca.pem"), "logs": logs}), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
