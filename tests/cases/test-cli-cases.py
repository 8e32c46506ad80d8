#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""value-workbench --cases-db/--cases-import/--cases-search/--cases-export, the real binary,
no display. Usage: test-cli-cases.py VALUE_WORKBENCH SOURCE_ROOT (TAP output)."""

import json
import os
import subprocess
import sys
import tempfile

binary, root = sys.argv[1], sys.argv[2]
samples = os.path.join(root, "data", "cases", "samples.vwcases")
example = os.path.join(root, "data", "samples", "example-case.vwb")
n = 0
failed = False


def run(*args, env=None):
    environment = dict(os.environ)
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    if env:
        environment.update(env)
    p = subprocess.run([binary, *args], capture_output=True, text=True, env=environment)
    p.stderr = "\n".join(l for l in p.stderr.splitlines() if "GLib-GIO-DEBUG" not in l)
    return p


def check(condition, name, detail=""):
    global n, failed
    n += 1
    if condition:
        print(f"ok {n} - {name}")
    else:
        failed = True
        print(f"not ok {n} - {name}")
        for line in str(detail).splitlines():
            print(f"# {line}")


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "cases.sqlite")

    p = run("--cases-db", db, "--cases-import", samples)
    check(p.returncode == 0 and p.stdout.startswith("Imported 32 reference cases"),
          "import the sample bundle", p.stdout + p.stderr)

    p = run("--cases-db", db, "--cases-import", samples)
    check(p.returncode == 0 and "Imported 0 reference cases (32 already in the repository)"
          in p.stdout, "importing again finds duplicates", p.stdout + p.stderr)

    p = run("--cases-db", db, "--cases-import", example)
    check(p.returncode == 0 and p.stdout.startswith("Imported 1 reference case"),
          "import (promote) a verified value case", p.stdout + p.stderr)

    p = run("--cases-db", db, "--cases-search", "kaskimäki")
    check(p.returncode == 0 and p.stdout.startswith("0 reference cases match"),
          "the promoted case holds no customer name", p.stdout + p.stderr)

    p = run("--cases-db", db, "--cases-search", "vibration", "--json")
    try:
        result = json.loads(p.stdout)
    except ValueError as e:
        result = None
        check(False, "search --json gives JSON", f"{e}\n{p.stdout}")
    if result is not None:
        first = result["cases"][0]
        # A machine builder's case has it in its title, a power plant's only in its story.
        check(result["total"] == 2 and "vibration" in first["title"].lower()
              and result["cases"][1]["industry"] == "energy",
              "search ranks a title match first", json.dumps(result)[:600])
        check(first["industry"] == "machinery" and first["id"].startswith("c")
              and any(t["key"] == "downtime" for t in first["tags"]["kpi"]),
              "results carry id, industry and tags", json.dumps(first)[:400])
        figure = first["figures"][0]
        check(figure["realized"] is not None and figure["baseline"] is not None
              and "improvement" in figure, "results carry verified figures", json.dumps(figure))
        check("<b>" in first["snippet_markup"] and "<b>" not in first["snippet"],
              "snippets: plain and highlighted", first["snippet_markup"])
        counts = {f["key"]: f["count"] for f in result["facets"]["industry"]}
        check(sum(counts.values()) == result["total"] and counts == {"machinery": 1, "energy": 1},
              "industry facets count every match", json.dumps(result["facets"]["industry"]))

    p = run("--cases-db", db, "--cases-search", "conveyor")
    check(p.returncode == 0 and p.stdout.startswith("1 reference case matches")
          and "*conveyors*" in p.stdout and "Unplanned downtime (2020): 450" in p.stdout,
          "search prints a readable list", p.stdout)

    out = os.path.join(tmp, "export")
    p = run("--cases-db", db, "--cases-export", out)
    check(p.returncode == 0 and os.path.exists(os.path.join(out, "cases.vwcases"))
          and "Exported 33 reference cases" in p.stdout, "export the repository", p.stdout + p.stderr)

    db2 = os.path.join(tmp, "second.sqlite")
    p = run("--cases-db", db2, "--cases-import", os.path.join(out, "cases.vwcases"))
    check(p.returncode == 0 and p.stdout.startswith("Imported 33 reference cases"),
          "the export imports elsewhere", p.stdout + p.stderr)

    bad = os.path.join(tmp, "bad.vwcases")
    with open(bad, "w") as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
                '<value-cases>&e;</value-cases>\n')
    p = run("--cases-db", db2, "--cases-import", bad)
    check(p.returncode == 1 and "line 2: the file contains a declaration" in p.stderr
          and "nothing was imported" in p.stderr, "a hostile bundle is refused", p.stderr)

    p = run("--cases-db", db2)
    check(p.returncode == 2 and "--cases-db needs" in p.stderr, "--cases-db alone is a usage error",
          p.stderr)

    notdb = os.path.join(tmp, "notes.sqlite")
    with open(notdb, "w") as f:
        f.write("not a database\n")
    p = run("--cases-db", notdb, "--cases-search", "x")
    check(p.returncode == 1 and "is not a Value Workbench case repository" in p.stderr,
          "a file that is not a repository is refused", p.stderr)
    with open(notdb) as f:
        check(f.read() == "not a database\n", "and left unchanged")

    # The user's default repository lives in $XDG_DATA_HOME.
    p = run("--cases-search", "x", env={"XDG_DATA_HOME": os.path.join(tmp, "xdg")})
    check(p.returncode == 0 and os.path.exists(
        os.path.join(tmp, "xdg", "value-workbench", "cases.sqlite")),
        "the default repository is created in XDG_DATA_HOME", p.stdout + p.stderr)

print(f"1..{n}")
sys.exit(1 if failed else 0)
