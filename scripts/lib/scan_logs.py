"""Scans the services' logs of a whole scripts/test run (the test profile's, then the chaos
suite's) for personal data and secrets: any email address, the names of the people the demo
data and the checks invent, and every password they use (accounts and database roles). The
platform logs identifiers and reply codes, never these. Prints what it read and every finding;
exits non-zero on any.

Usage: scan_logs.py LOG_FOLDER...
"""
import ast
import glob
import os
import re
import sys

SERVICES = ["applications", "jury", "training", "resources", "notifications"]
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def constants(module):
    """The literal top-level constants of a demo loader (read, not imported: importing one runs it)."""
    with open(os.path.join(os.path.dirname(__file__), module + ".py"), encoding="utf-8") as source:
        tree = ast.parse(source.read())
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return values


def secrets():
    """(kind, text) of everything that must not reach a log."""
    found = []
    applications, jury = constants("demo_applications"), constants("demo_jury")
    training, resources = constants("demo_training"), constants("demo_resources")
    for email, name, _, password, *_ in applications["ACCOUNTS"] + jury["MEMBERS"]:
        found += [("password", password), ("name", name)]
    for _, name, password in (training["STAFF"], resources["STAFF"]):
        found += [("password", password), ("name", name)]
    found += [("name", name) for name, _ in training["PARTICIPANTS"]]
    found += [("name", training["OFFER"]["contactName"])]
    # The delivery log's account is created by the shell loader: its password is piped to the command.
    with open(os.path.join(os.path.dirname(__file__), "demo.sh"), encoding="utf-8") as loader:
        found += [("password", password) for password in re.findall(r"printf '([^'\\]{8,})\\n'", loader.read())]
    found += [("database password", f"{service}_dev") for service in SERVICES] + [("database password", "ipc_admin_dev")]
    return found


def main():
    folders = sys.argv[1:]
    files = [path for folder in folders for service in SERVICES for path in glob.glob(os.path.join(folder, f"{service}.log"))]
    watched = secrets()
    lines, findings = 0, []
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as log:
            for number, line in enumerate(log, 1):
                lines += 1
                for address in EMAIL.findall(line):
                    findings.append(f"{path}:{number}: an email address ({address})")
                for kind, text in watched:
                    if text in line:
                        findings.append(f"{path}:{number}: a {kind} ({text[:3]}…)")
    print(f"log scan: {lines} lines in {len(files)} service logs, against any email address and "
          f"{len(watched)} names and passwords used by the demo data and the checks")
    for finding in findings[:40]:
        print("  ✘ " + finding)
    if not files or not lines:
        print("  ✘ no log to scan")
        sys.exit(1)
    print(f"  {'✘' if findings else '✔'} {len(findings)} finding(s)")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
