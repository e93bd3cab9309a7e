"""make bench-articles: how well wagestat extract and check do on the
article corpus in tests/articles, against the claims written by hand for
each article (NAME.claims.csv), and how fast extraction runs.

    python3 bench/articles.py [WAGESTAT]

BENCH_SETS=dev scores only the named sets; BENCH_VERBOSE=1 lists every miss
of the sets scored on stderr; BENCH_SPEED=0 skips the throughput run.

A found claim matches an expected one on the same line with the same value
(to the cent).  Precision = matched / found, recall = matched / expected;
the stat, unit, qualifier, role (SOC code), area, period and verdict
accuracies are over matched claims (a verdict is right when its set of
words is the expected set).  dev/ is the set the rules were built on;
heldout/ and heldout2/ were never looked at while building them (only
their totals were).
"""
import csv
import glob
import io
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WAGESTAT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "wagestat")
REF = os.path.join(ROOT, "datasets", "oews_healthcare.csv")
FIELDS = ["stat", "unit", "qualifier", "soc_code", "area", "period", "verdict"]


def articles(folder):
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "articles", folder, "*"))):
        if path.endswith((".txt", ".md", ".html")):
            yield path


def found_claims(path):
    out = subprocess.run([WAGESTAT, "check", "-q", "--ref", REF, "-f", "csv", path],
                         capture_output=True, text=True, check=False).stdout
    rows = []
    for r in csv.DictReader(io.StringIO(out)):
        if r["stat"] in ("comparison", ""):  # comparisons, not claims
            continue
        r["line"] = r["where"].rsplit(":", 2)[-2]
        rows.append(r)
    return rows


def same(field, got, want):
    if field == "verdict":
        return set(got.split()) == set(want.split())
    if field == "period":
        return got[:4] == want[:4]
    return got == want


def score(folder):
    t = {"expected": 0, "found": 0, "matched": 0}
    right = {f: 0 for f in FIELDS}
    misses = []
    for path in articles(folder):
        want_path = os.path.splitext(path)[0] + ".claims.csv"
        if not os.path.exists(want_path):
            continue
        with open(want_path, newline="") as f:
            want = list(csv.DictReader(f))
        got = found_claims(path)
        t["expected"] += len(want)
        t["found"] += len(got)
        used = set()
        for w in want:
            for i, g in enumerate(got):
                if i in used or g["line"] != w["line"]:
                    continue
                try:
                    if abs(float(g["value"]) - float(w["value"])) > 0.005:
                        continue
                except ValueError:
                    continue
                used.add(i)
                t["matched"] += 1
                for fld in FIELDS:
                    if same(fld, g.get(fld, ""), w.get(fld, "")):
                        right[fld] += 1
                    elif len(misses) < 400:
                        misses.append(f"{os.path.basename(path)}:{w['line']} {fld}: "
                                      f"got {g.get(fld, '')!r}, want {w.get(fld, '')!r}")
                break
            else:
                misses.append(f"{os.path.basename(path)}:{w['line']} missed {w['value']} ({w['stat']})")
        for i, g in enumerate(got):
            if i not in used:
                misses.append(f"{os.path.basename(path)}:{g['line']} extra {g['value']} ({g['stat']})")
    return t, right, misses


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "-"


def throughput():
    texts = []
    for folder in ("dev", "heldout", "heldout2"):
        for path in articles(folder):
            with open(path, "rb") as f:
                texts.append(f.read())
    if not texts:
        return None
    blob = b"\n\n".join(texts)
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        while f.tell() < 50_000_000:
            f.write(blob)
        size = f.tell()
        name = f.name
    try:
        best = None
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([WAGESTAT, "extract", "-q", name], stdout=subprocess.DEVNULL, check=True)
            took = time.perf_counter() - start
            best = took if best is None else min(best, took)
        return size / 1e6, best
    finally:
        os.unlink(name)


def main():
    print("| set | articles | expected | found | precision | recall | stat | unit | "
          "qualifier | role | area | period | verdict |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    verbose = os.environ.get("BENCH_VERBOSE")
    for folder in os.environ.get("BENCH_SETS", "dev heldout heldout2").split():
        t, right, misses = score(folder)
        n = len(list(articles(folder)))
        m = t["matched"]
        print(f"| {folder} | {n} | {t['expected']} | {t['found']} | {pct(m, t['found'])} | "
              f"{pct(m, t['expected'])} | " + " | ".join(pct(right[f], m) for f in FIELDS) + " |")
        if verbose:
            for line in misses:
                print("   ", line, file=sys.stderr)
    tp = throughput() if os.environ.get("BENCH_SPEED") != "0" else None
    if tp:
        mb, secs = tp
        print(f"\nextract throughput: {mb:.0f} MB of article text in {secs:.2f} s = "
              f"{mb / secs:.1f} MB/s (one core, best of 3)")


if __name__ == "__main__":
    main()
