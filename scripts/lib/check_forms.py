"""Every form of every page carries a CSRF token and refuses a POST without it.

Signs in on each service's pages with each of its demo accounts (and visits them signed out),
follows every same-origin link of every page reached, and collects every POST form. Each must
carry a non-empty hidden `_csrf` field (the session's token, or the double-submit token of a
public form), and the same form sent without it must be refused with 403. Prints the forms
checked per service and each failure; exits non-zero on any.

Usage: check_forms.py APPLICATIONS JURY TRAINING RESOURCES NOTIFICATIONS (base URLs)
"""
import html.parser
import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

ACCOUNTS = {  # the demo data's accounts, as scripts/lib/demo_*.py create them; None: signed out
    "applications": [None, ("admin@ipc.example", "administration-demo"), ("instruction@ipc.example", "instruction-demo"),
                     ("mairie@saint-lary.example", "saint-lary-demo")],
    "jury": [None, ("equipe@ipc.example", "equipe-jury-demo"), ("presidente@ipc.example", "presidente-demo"),
             ("jure.conseil@ipc.example", "jure-conseil-demo")],
    "training": [None, ("formations@ipc.example", "formations-demo-2026")],
    "resources": [None, ("ressources@ipc.example", "ressources-demo-2026")],
    "notifications": [None, ("courriels@ipc.example", "courriels-demo-2026")],
}
SKIPPED = ("/api/", "/openapi.json", "/metrics", "/health/", "/static/", "/deconnexion")
SKIPPED_ENDINGS = (".css", ".js", ".png", ".svg", ".ico", ".ics", ".csv", ".pdf", ".xml", ".json", ".atom", ".zip", ".txt")
PAGES_PER_VISIT = 150


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.forms, self.form = [], [], None

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        elif tag == "form" and (attributes.get("method") or "get").lower() == "post":
            self.form = {"action": attributes.get("action") or "", "enctype": attributes.get("enctype") or "", "fields": {}, "files": []}
        elif tag in ("input", "textarea", "select", "button") and self.form is not None and attributes.get("name"):
            if tag == "input" and (attributes.get("type") or "") in ("checkbox", "radio") and "checked" not in attributes:
                return
            if tag == "input" and attributes.get("type") == "file":
                self.form["files"].append(attributes["name"])
                return
            self.form["fields"].setdefault(attributes["name"], attributes.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form" and self.form is not None:
            self.forms.append(self.form)
            self.form = None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *arguments):
        return None


def visit(base, account):
    """Every POST form reachable by `account`, as (page, form)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    start = ["/"]
    if account:
        page = Page()
        page.feed(opener.open(base + "/connexion", timeout=30).read().decode())
        token = next(form["fields"].get("_csrf") for form in page.forms if form["action"] == "/connexion")
        answer = opener.open(base + "/connexion", urllib.parse.urlencode(
            {"_csrf": token, "email": account[0], "password": account[1]}).encode(), timeout=30)
        start.append(urllib.parse.urlparse(answer.geturl()).path)
    seen, queue, found = set(), list(start), []
    while queue and len(seen) < PAGES_PER_VISIT:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        try:
            response = opener.open(base + path, timeout=30)
        except urllib.error.HTTPError:
            continue
        if "text/html" not in response.headers.get("Content-Type", ""):
            continue
        page = Page()
        page.feed(response.read().decode("utf-8", "replace"))
        found += [(path, form) for form in page.forms]
        for link in page.links:
            target = urllib.parse.urlparse(urllib.parse.urljoin(base + path, link))
            if target.netloc != urllib.parse.urlparse(base).netloc or target.path.startswith(SKIPPED) or target.path.endswith(SKIPPED_ENDINGS):
                continue
            queue.append(target.path + ("?" + target.query if target.query and len(seen) < 40 else ""))
    return opener, found


def encoded(fields, files, multipart):
    """The form's body as its page would send it: URL-encoded, or multipart with a small text file in each file field."""
    if not multipart:
        return urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded"
    boundary = "ipc-check-forms"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n' for name, value in fields.items()]
    parts += [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="essai.txt"\r\n'
              f'Content-Type: text/plain\r\n\r\nessai\r\n' for name in files]
    return ("".join(parts) + f"--{boundary}--\r\n").encode(), f"multipart/form-data; boundary={boundary}"


def main():
    failures, total = [], 0
    for service, base in zip(ACCOUNTS, sys.argv[1:6]):
        checked = set()
        for account in ACCOUNTS[service]:
            opener, forms = visit(base.rstrip("/"), account)
            for page, form in forms:
                action = urllib.parse.urljoin(page, form["action"] or page)
                # One form per kind of action: the same form on another session or dossier is the same code.
                key = (account and account[0], re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}|\d+", "{id}", urllib.parse.urlparse(action).path))
                if key in checked:
                    continue
                checked.add(key)
                total += 1
                who = account[0] if account else "signed out"
                if not form["fields"].get("_csrf"):
                    failures.append(f"{service} ({who}): the form of {page} posting to {action} has no CSRF token")
                    continue
                fields = {name: value for name, value in form["fields"].items() if name != "_csrf"}
                body, content_type = encoded(fields, form["files"], multipart=form["enctype"] == "multipart/form-data")
                request = urllib.request.Request(base.rstrip("/") + action, body, headers={"Content-Type": content_type})
                try:
                    cookies = [handler for handler in opener.handlers if isinstance(handler, urllib.request.HTTPCookieProcessor)]
                    status = urllib.request.build_opener(NoRedirect, *cookies).open(request, timeout=30).status
                except urllib.error.HTTPError as error:
                    status = error.code
                if status != 403:
                    failures.append(f"{service} ({who}): {action} (a form of {page}) accepted a POST without its token: {status}")
        print(f"  {service}: {len(checked)} forms, as {len(ACCOUNTS[service])} visitors")
    print(f"{total} forms checked, {len(failures)} failure(s)")
    for failure in failures:
        print("  ✘ " + failure)
    sys.exit(1 if failures or total == 0 else 0)


if __name__ == "__main__":
    main()
