"""Checks of compose/ that no Docker engine is needed for: the Grafana dashboard's every query
parses as PromQL (promtool, on a throw-away rule file), and compose/.env.example and
docker-compose.yml name the same variables: each one the example sets (or shows commented) is
read by the compose file, and each one the compose file reads is in the example. Prints what
it checked; exits non-zero on any failure.

Usage: check_operations.py COMPOSE_FOLDER
"""
import json
import os
import re
import subprocess
import sys
import tempfile

folder = sys.argv[1]
failures = []

dashboard = json.load(open(os.path.join(folder, "grafana", "ipc-operations.json"), encoding="utf-8"))
queries = [target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", [])]
with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as rules:
    rules.write("groups:\n  - name: dashboard\n    rules:\n")
    for index, query in enumerate(queries):
        rules.write(f"      - record: dashboard:query_{index}\n        expr: {json.dumps(query)}\n")
result = subprocess.run(["promtool", "check", "rules", rules.name], capture_output=True, text=True)
os.unlink(rules.name)
if result.returncode != 0:
    failures.append("a dashboard query does not parse: " + result.stdout + result.stderr)
print(f"  dashboard: {len(queries)} queries in {len(dashboard['panels'])} panels, each parsed by promtool")

example = open(os.path.join(folder, ".env.example"), encoding="utf-8").read()
in_example = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
compose = open(os.path.join(folder, "docker-compose.yml"), encoding="utf-8").read()
read_by_compose = set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)", compose))
for name in sorted(in_example - read_by_compose):
    failures.append(f".env.example sets {name}, which docker-compose.yml never reads")
for name in sorted(read_by_compose - in_example):
    failures.append(f"docker-compose.yml reads {name}, which .env.example does not show")
print(f"  .env.example and docker-compose.yml: {len(in_example & read_by_compose)} variables, named alike")

for failure in failures:
    print("  ✘ " + failure)
sys.exit(1 if failures else 0)
