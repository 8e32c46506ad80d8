#!/usr/bin/python3
# spreadsheet-compare.py BENCH_ENGINE [DRAWS]
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The side-by-side of issue 4: the benchmark model of bench-engine.c and its 10 000-draw Monte
# Carlo, written as a spreadsheet (one row per draw, .xlsx), recalculated by Gnumeric
# (ssconvert --recalc) and by LibreOffice headless, in the same run as the engine. Reports the
# times, the ratios and the largest difference, and compares the base case to 1e-9.
#
# A spreadsheet row holds the output's cone in closed form: for each value element one
# SUMPRODUCT over the 20 periods (the same formulas as bench-engine.c's generate_model()),
# in the status quo and in our offer, and their difference. Inputs that are not drawn are
# written as constants. Standard library only.

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

N_ELEMENTS = 30
N_INPUTS = 40
HORIZON = 19
T = "{" + ",".join(str(t) for t in range(HORIZON + 1)) + "}"

# The drawn inputs, in bench-engine.c's order: (input, alternative or None for all)
DRAWN = [("in0", None), ("in2", 1), ("in4", None), ("in5", 0), ("in6", None),
         ("in10", 1), ("in18", 1), ("discount", 1)]


def base_input(i):
    return [1000 + 37 * i, 0.02 + 0.001 * i, 50 + i, 20000 + 100 * i, 8000 + 50 * i,
            0.05 + 0.002 * i, 30000 + 500 * i, 0.02][i % 8]


def input_value(name, alt):
    if name == "rate":
        return 0.08
    if name == "discount":
        return 0.05
    i = int(name[2:])
    base = base_input(i)
    return base if alt == 0 else base * (1.0 + 0.03 * alt * ((i % 3) - 1))


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(name, alt, row):
    """A drawn input is a cell of the row; any other input is a constant."""
    for k, (dn, da) in enumerate(DRAWN):
        if dn == name and (da is None or da == alt):
            return "$%s%d" % (col(k), row) if row else None
    return repr(input_value(name, alt))


def element_formula(k, alt, row, base=False):
    """base: the model's own inputs in every alternative (no drawn cells)."""
    b = (k * 8) % N_INPUTS
    r = 1 + k % 3

    def v(name):
        if base:
            return repr(input_value(name, alt))
        return ref(name, alt, row)

    ramp = "((%s>=%d)+(%s<%d)*%s/%d)" % (T, r, T, r, T, r)
    vol = "(%s>0)*%s*(1+%s)^(%s-1)*%s" % (T, v("in%d" % b), v("in%d" % (b + 1)), T, ramp)
    rev = "%s*%s*(1-%s)" % (vol, v("in%d" % (b + 2)), v("discount"))
    cost = "((%s=0)*%s+(%s>0)*(%s*(1+%s)^%s+%s*%s))" % (
        T, v("in%d" % (b + 3)), T, v("in%d" % (b + 4)), v("in%d" % (b + 7)), T,
        v("in%d" % (b + 5)), v("in%d" % (b + 6)))
    return "SUMPRODUCT((%s-%s)/(1+%s)^%s)" % (rev, cost, v("rate"), T)


def write_xlsx(path, draws, base_values):
    rows = []
    n_in = len(DRAWN)
    out_col = n_in + 2 * N_ELEMENTS + 2
    header = [name + ("" if alt is None else "@%d" % alt) for name, alt in DRAWN]
    labels = list(enumerate(header)) + [(out_col, "advantage")]
    rows.append("<row r=\"1\">" + "".join(
        "<c r=\"%s1\" t=\"inlineStr\"><is><t>%s</t></is></c>" % (col(i), escape(h))
        for i, h in labels) + "</row>")
    # row 2: the base case; rows 3…: one per draw
    all_rows = [base_values] + draws
    for n, values in enumerate(all_rows):
        r = n + 2
        cells = []
        for k in range(n_in):
            cells.append("<c r=\"%s%d\"><v>%r</v></c>" % (col(k), r, values[k]))
        for alt in (0, 1):
            for k in range(N_ELEMENTS):
                c = n_in + alt * N_ELEMENTS + k
                cells.append("<c r=\"%s%d\"><f>%s</f></c>" % (col(c), r, escape(element_formula(k, alt, r, n == 0))))
        sq = "SUM(%s%d:%s%d)" % (col(n_in), r, col(n_in + N_ELEMENTS - 1), r)
        of = "SUM(%s%d:%s%d)" % (col(n_in + N_ELEMENTS), r, col(n_in + 2 * N_ELEMENTS - 1), r)
        cells.append("<c r=\"%s%d\"><f>%s-%s</f></c>" % (col(out_col), r, of, sq))
        rows.append("<row r=\"%d\">%s</row>" % (r, "".join(cells)))
    sheet = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
             "<sheetData>%s</sheetData></worksheet>" % "".join(rows))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                   "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                   "</Types>")
        z.writestr("_rels/.rels",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                   "</Relationships>")
        z.writestr("xl/workbook.xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                   "<sheets><sheet name=\"draws\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                   "<calcPr fullCalcOnLoad=\"1\"/></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                   "</Relationships>")
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return out_col


def read_outputs(csv_path, out_col):
    with open(csv_path, newline="") as f:
        rows = list(csv.reader(f))
    return [float(r[out_col]) for r in rows[1:]]


def run_timed(argv, env=None):
    t0 = time.monotonic()
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=3600)
    dt = time.monotonic() - t0
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (argv[0], p.stderr.decode(errors="replace")[-500:]))
    return dt


def main():
    bench = sys.argv[1]
    n_draws = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    tmp = tempfile.mkdtemp(prefix="vw-sheet-")
    try:
        draws_csv = os.path.join(tmp, "draws.csv")
        out = subprocess.run([bench, "--export-draws", draws_csv], check=True,
                             stdout=subprocess.PIPE).stdout.decode()
        engine = json.loads(out.strip().splitlines()[-1])
        with open(draws_csv) as f:
            lines = [l.strip().split(",") for l in f]
        base_engine = float(lines[0][-1])
        draws = [[float(x) for x in l[1:-1]] for l in lines[1:1 + n_draws]]
        engine_out = [float(l[-1]) for l in lines[1:1 + n_draws]]
        base_values = [input_value(name, 0 if alt is None else alt) for name, alt in DRAWN]

        xlsx = os.path.join(tmp, "draws.xlsx")
        out_col = write_xlsx(xlsx, draws, base_values)
        results = {"draws": len(draws), "engine_monte_carlo_ms": engine["monte_carlo_10000_ms"]}
        table = []

        gnumeric_csv = os.path.join(tmp, "gnumeric.csv")
        dt = run_timed(["ssconvert", "--recalc", xlsx, gnumeric_csv])
        table.append(("Gnumeric ssconvert --recalc", dt, read_outputs(gnumeric_csv, out_col)))

        lo_dir = os.path.join(tmp, "lo")
        env = dict(os.environ, HOME=tmp)
        dt = run_timed(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
                        "--outdir", lo_dir, xlsx], env=env)
        table.append(("LibreOffice headless", dt, read_outputs(os.path.join(lo_dir, "draws.csv"), out_col)))

        print("Spreadsheet comparison: %d draws, 200-variable model's output cone, one row per draw"
              % len(draws))
        print("%-30s %12s %12s %16s %16s" % ("tool", "time", "engine ×", "base case Δrel", "max draw Δrel"))
        print("%-30s %9.1f ms %12s %16s %16s" % ("Value Workbench engine", engine["monte_carlo_10000_ms"], "1", "-", "-"))
        for name, dt, vals in table:
            base = vals[0]
            rel_base = abs(base - base_engine) / abs(base_engine)
            worst = max(abs(a - b) / max(abs(b), 1.0) for a, b in zip(vals[1:], engine_out))
            ratio = dt * 1000.0 / engine["monte_carlo_10000_ms"]
            print("%-30s %9.1f ms %11.0f× %16.2e %16.2e" % (name, dt * 1000.0, ratio, rel_base, worst))
            key = "gnumeric" if name.startswith("Gnumeric") else "libreoffice"
            results[key + "_ms"] = round(dt * 1000.0, 1)
            results[key + "_ratio"] = round(ratio, 1)
            results[key + "_base_rel_diff"] = rel_base
            results[key + "_max_draw_rel_diff"] = worst
        results["base_case_within_1e-9"] = all(
            abs(vals[0] - base_engine) <= 1e-9 * abs(base_engine) for _, _, vals in table)
        print(json.dumps(results))
        return 0 if results["base_case_within_1e-9"] else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
