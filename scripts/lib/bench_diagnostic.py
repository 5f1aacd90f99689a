"""Benchmark of the website diagnostic (scripts/bench diagnostic): N fixture sites on loopback,
diagnosed in one batch by `resources diagnostic run`, beside a plain concurrent fetch by Python
of the same pages with the same concurrency, in the same run. Politeness is lifted on both
sides (no pause between requests to a host). Prints both rates and compares the batch with the
target of 50 % of the plain fetch."""
import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(__file__))
from demo_api import call, token  # noqa: E402

# What the crawler reads of a fixture site: robots.txt, the home page, the pages it links to, its feed.
PAGES = ["/robots.txt", "/", "/mentions-legales", "/accessibilite", "/contact", "/demarches", "/actualites.xml"]

parser = argparse.ArgumentParser()
parser.add_argument("--base-url", required=True)
parser.add_argument("--state", required=True)
parser.add_argument("--tool", required=True, help="the command that runs `resources`, its arguments following")
parser.add_argument("--sites", type=int, default=200)
parser.add_argument("--concurrency", type=int, default=8)
parser.add_argument("--service-pid", type=int, required=True, help="stopped once the sites are added: it would take the batch up itself")
options = parser.parse_args()

fixtures = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "fixture_sites.py"), "--copies", str(options.sites),
                             "--workdir", os.path.join(options.state, "fixture-sites")], stdout=subprocess.PIPE, text=True)
try:
    sites = json.loads(fixtures.stdout.readline())["sites"]
    urls = [sites[f"bench-{index}"] for index in range(options.sites)]
    staff = token(options.base_url, "bench@ipc.example", "benchmark-password")
    for index, url in enumerate(urls):
        status, body = call(options.base_url, "POST", "/api/websites", {"collectivite": f"Commune banc {index}", "url": url}, staff)
        if status != 201:
            sys.exit(f"site refused: {status} {body}")
    os.kill(options.service_pid, signal.SIGTERM)
    while os.path.exists(f"/proc/{options.service_pid}"):
        time.sleep(0.2)

    def plain(site):
        for page in PAGES:
            try:
                with urllib.request.urlopen(site.rstrip("/") + page, timeout=30) as response:
                    response.read()
            except urllib.error.HTTPError as error:  # robots.txt is a 404 here, as the crawler also reads it
                error.read()

    started = time.monotonic()
    with ThreadPoolExecutor(options.concurrency) as pool:
        list(pool.map(plain, urls))
    plain_seconds = time.monotonic() - started

    started = time.monotonic()
    run = subprocess.run(options.tool.split() + ["diagnostic", "run", "--concurrency", str(options.concurrency)],
                         capture_output=True, text=True)
    batch_seconds = time.monotonic() - started
    if run.returncode != 0 or f"{options.sites} sites sur {options.sites} diagnostiqués (terminée)" not in run.stdout:
        sys.exit(f"the batch did not end well ({run.returncode}): {run.stdout[-400:]} {run.stderr[-400:]}")

    plain_rate = options.sites / plain_seconds * 60
    batch_rate = options.sites / batch_seconds * 60
    print(f"diagnostic: {options.sites} fixture sites, {len(PAGES)} pages each, {options.concurrency} sites at a time, no pause between requests")
    print(f"  plain concurrent fetch (Python urllib): {plain_seconds:6.1f} s  {plain_rate:8.0f} sites/min")
    print(f"  diagnostic batch (crawl, checks, report, outbox): {batch_seconds:6.1f} s  {batch_rate:8.0f} sites/min")
    ratio = batch_rate / plain_rate
    print(f"  batch / plain fetch: {ratio:.0%} (target: at least 50 %) {'MET' if ratio >= 0.5 else 'MISSED'}")
    if ratio < 0.5:
        sys.exit(1)
finally:
    fixtures.kill()
