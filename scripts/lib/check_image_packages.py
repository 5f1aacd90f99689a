"""Checks a Dockerfile's `apt-get install` lines against the distribution of their stage's base
image: each package must exist in that distribution's index, as apt itself reads it (apt-get
update into a throw-away folder, then apt-cache show). A typo, or a package that the base's
Debian release dropped, fails here instead of in an image build that no machine here can run.
Also checks that every base image is pinned to an exact release. Prints what it checked;
exits non-zero on any failure.

Usage: check_image_packages.py DOCKERFILE [MIRROR]   (MIRROR: http://deb.debian.org/debian)
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

dockerfile = Path(sys.argv[1])
mirror = sys.argv[2] if len(sys.argv) > 2 else "http://deb.debian.org/debian"
# Debian's releases by major version; the images name either the version or the codename.
CODENAMES = {"11": "bullseye", "12": "bookworm", "13": "trixie", "14": "forky"}
failures = []


def distribution(image):
    """The Debian codename a base image is built on (swift:6.3.1-bookworm, debian:13.8-slim)."""
    for codename in CODENAMES.values():
        if codename in image:
            return codename
    match = re.match(r"debian:(\d+)", image)
    return CODENAMES.get(match.group(1)) if match else None


# Stages and their install lines; continuation lines joined first.
text = re.sub(r"\\\n", " ", dockerfile.read_text(encoding="utf-8"))
stages = []
for line in text.splitlines():
    line = line.strip()
    if line.upper().startswith("FROM "):
        image = line.split()[1]
        stages.append((image, []))
        if not re.search(r":\S*\d+\.\d+", image) or image.endswith(":latest"):
            failures.append(f"{image}: not pinned to an exact release")
    elif line.upper().startswith("RUN ") and stages:
        for command in re.split(r"&&|;", line[4:]):
            words = command.split()
            if words[:2] == ["apt-get", "install"]:
                stages[-1][1].extend(word for word in words[2:] if not word.startswith("-"))

checked = 0
for image, packages in stages:
    if not packages:
        continue
    codename = distribution(image)
    if codename is None:
        failures.append(f"{image}: cannot tell its Debian release")
        continue
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "lists" / "partial").mkdir(parents=True)
        (root / "cache" / "archives" / "partial").mkdir(parents=True)
        (root / "status").write_text("")
        (root / "sources.list").write_text(
            f"deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] {mirror} {codename} main\n")
        options = ["-o", f"Dir::Etc::SourceList={root}/sources.list", "-o", "Dir::Etc::SourceParts=/nonexistent",
                   "-o", f"Dir::State::Lists={root}/lists", "-o", f"Dir::Cache={root}/cache",
                   "-o", f"Dir::State::status={root}/status", "-o", "Debug::NoLocking=1", "-o", "Acquire::Languages=none"]
        update = subprocess.run(["apt-get", "-qq", *options, "update"], capture_output=True, text=True)
        if update.returncode != 0:
            failures.append(f"{image}: apt-get update of {codename} failed: {update.stderr.strip()}")
            continue
        for package in packages:
            shown = subprocess.run(["apt-cache", *options, "show", "--no-all-versions", package], capture_output=True, text=True)
            version = re.search(r"^Version: (\S+)", shown.stdout, re.MULTILINE)
            if shown.returncode != 0 or not version:
                failures.append(f"{image}: no package {package} in Debian {codename}")
            else:
                checked += 1
                print(f"  {image} (Debian {codename}): {package} {version.group(1)}")

print(f"  {dockerfile.name}: {len(stages)} stages, {checked} packages found in their distributions")
for failure in failures:
    print("  ✘ " + failure)
sys.exit(1 if failures else 0)
