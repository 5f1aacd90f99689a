"""Checks of compose/ that no Docker engine is needed for. Prints what it checked; exits
non-zero on any failure.

- The Grafana dashboard's every query parses as PromQL (promtool, on a throw-away rule file).
- Variables: every variable a service reads (its configuration code, under Services/ and
  Shared/) is named in .env.example and in the guide's "Variables" table; every variable
  docker-compose.yml gives a service is one that service reads; .env.example and
  docker-compose.yml name the same operator settings.
- Images: every image compose runs is pinned to an exact release.
- Kafka, with one broker (docker-compose.yml) and with three (kafka-cluster.yml over it): the
  services create their topics with the replication the brokers have (no more replicas than
  brokers, the brokers' min.insync.replicas), and name every broker.

Usage: check_operations.py ROOT
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

root = Path(sys.argv[1])
compose_folder = root / "compose"
failures = []
SERVICES = ["applications", "jury", "training", "resources", "notifications"]

# The dashboard.
dashboard = json.loads((compose_folder / "grafana" / "ipc-operations.json").read_text(encoding="utf-8"))
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


# What each service reads: swift-configuration's key "a.b.c" is the variable A_B_C.
def variables_in(folder):
    found = set()
    for source in folder.rglob("*.swift"):
        for key in re.findall(r'(?:forKey: |reader, )"([a-z][a-z0-9.]*)"', source.read_text(encoding="utf-8")):
            found.add(key.upper().replace(".", "_"))
    return found


shared = variables_in(root / "Shared" / "ServiceKit")
read = {service: shared | variables_in(root / "Services" / service.capitalize()) for service in SERVICES}
every_read = set().union(*read.values())


def resolved(*files):
    """The configuration compose would run, every profile's services included."""
    command = ["docker-compose", "--project-directory", str(compose_folder), "--env-file", str(compose_folder / ".env.example"),
               "--profile", "monitoring"]
    for name in files:
        command += ["-f", str(compose_folder / name)]
    output = subprocess.run(command + ["config"], capture_output=True, text=True, check=True).stdout
    return yaml.safe_load(output)["services"]


single = resolved("docker-compose.yml")
for service in SERVICES:
    for name in sorted(set(single[service].get("environment", {})) - read[service]):
        failures.append(f"docker-compose.yml gives {service} {name}, which {service} never reads")

example = (compose_folder / ".env.example").read_text(encoding="utf-8")
guide = (compose_folder / "README.md").read_text(encoding="utf-8")
variables_section = guide.split("\n## Variables\n", 1)[1].split("\n## ", 1)[0] if "\n## Variables\n" in guide else ""
if not variables_section:
    failures.append("compose/README.md has no « ## Variables » section")
for name in sorted(every_read):
    if not re.search(rf"\b{name}\b", example):
        failures.append(f"the services read {name}, which .env.example does not name")
    if f"`{name}`" not in variables_section:
        failures.append(f"the services read {name}, which the guide's Variables table does not list")
listed = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)`", variables_section, re.MULTILINE))
for name in sorted(listed - every_read):
    failures.append(f"the guide's Variables table lists {name}, which no service reads")
print(f"  variables: {len(every_read)} read by the services, each named in .env.example and the guide; "
      f"docker-compose.yml gives each service only what it reads")

in_example = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
compose_text = (compose_folder / "docker-compose.yml").read_text(encoding="utf-8")
read_by_compose = set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)", compose_text))
for name in sorted(in_example - read_by_compose):
    failures.append(f".env.example sets {name}, which docker-compose.yml never reads")
for name in sorted(read_by_compose - in_example):
    failures.append(f"docker-compose.yml reads {name}, which .env.example does not show")
print(f"  .env.example and docker-compose.yml: {len(in_example & read_by_compose)} settings, named alike")

# Images.
cluster = resolved("docker-compose.yml", "kafka-cluster.yml")
images = {definition["image"] for definition in cluster.values() if "image" in definition and "build" not in definition}
for image in sorted(images):
    tag = image.rsplit(":", 1)[-1] if ":" in image.split("/")[-1] else ""
    if not re.search(r"\d+\.\d+", tag):
        failures.append(f"image {image} is not pinned to an exact release")
print(f"  images: {len(images)} pinned to exact releases")


# Kafka.
def check_kafka(services, label):
    brokers = {name: definition["environment"] for name, definition in services.items()
               if definition.get("image", "").startswith("apache/kafka")}
    addresses = {environment["KAFKA_ADVERTISED_LISTENERS"].split("://", 1)[1] for environment in brokers.values()}
    ids = {environment["KAFKA_NODE_ID"] for environment in brokers.values()}
    for name, environment in brokers.items():
        voters = {voter.split("@")[0] for voter in environment["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")}
        if voters != ids:
            failures.append(f"{label}: {name}'s controller quorum {sorted(voters)} is not the brokers' ids {sorted(ids)}")
        if int(environment.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")) > len(brokers):
            failures.append(f"{label}: {name}'s consumer offsets want more replicas than there are brokers")
    broker_minimum = {environment.get("KAFKA_MIN_INSYNC_REPLICAS", "1") for environment in brokers.values()}
    for service in SERVICES:
        environment = services[service]["environment"]
        factor = int(environment.get("KAFKA_REPLICATION_FACTOR") or 1)
        minimum = environment.get("KAFKA_MIN_INSYNC_REPLICAS") or "1"
        if set(environment["KAFKA_BROKERS"].split(",")) != addresses:
            failures.append(f"{label}: {service} names the brokers {environment['KAFKA_BROKERS']}, not {sorted(addresses)}")
        if factor > len(brokers):
            failures.append(f"{label}: {service} creates topics with {factor} replicas on {len(brokers)} broker(s)")
        if broker_minimum != {minimum}:
            failures.append(f"{label}: {service} creates topics with min.insync.replicas={minimum}, the brokers have {sorted(broker_minimum)}")
        if int(minimum) >= factor > 1:
            failures.append(f"{label}: {service}'s topics stop taking writes as soon as one of their {factor} replicas is down")
    print(f"  Kafka, {label}: {len(brokers)} broker(s); the five services name them all and create their topics "
          f"with {services[SERVICES[0]]['environment'].get('KAFKA_REPLICATION_FACTOR')} replica(s), "
          f"min.insync.replicas {sorted(broker_minimum)[0]}")


check_kafka(single, "docker-compose.yml")
check_kafka(cluster, "kafka-cluster.yml")

for failure in failures:
    print("  ✘ " + failure)
sys.exit(1 if failures else 0)
