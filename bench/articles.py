"""make bench-articles: how well wagestat extract and check do on the
article corpus in tests/articles, against the claims written by hand for
each article (NAME.claims.csv), and how fast extraction runs.

    python3 bench/articles.py [WAGESTAT]

BENCH_SETS=dev scores only the named sets; BENCH_VERBOSE=1 lists every miss
of the sets scored on stderr; BENCH_SPEED=0 skips the throughput run.

    python3 bench/articles.py --gate MISSES [WAGESTAT]

is the regression gate that make check runs: every miss (a claim missed or
extra, or a field of a matched claim wrong) of every set is compared with
the committed list MISSES (tests/golden/article-misses.txt); a miss that is
not on it fails the gate (exit 1), a listed miss that is gone is reported
as fixed (take it off the list).  Writes the list with --write-gate.

A found claim matches an expected one on the same line with the same value
(to the cent).  Precision = matched / found, recall = matched / expected;
the stat, unit, qualifier, role (SOC code), area, period and verdict
accuracies are over matched claims (a verdict is right when its set of
words is the expected set); scope accuracy is over the matched claims of
sets whose claims files have a scope column (real/, real2/, real3/), its typed
parts compared in any order.  dev/ is the set the rules were built on;
heldout/ and heldout2/ were never looked at while building them (only
their totals were); real/, real2/ and real3/ are pages written by others,
paraphrased (real2/ and real3/ each scored first as it came, before any rule for it).
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
WAGESTAT = os.path.join(ROOT, "wagestat")
REF = os.path.join(ROOT, "datasets", "oews_healthcare.csv")
FIELDS = ["stat", "unit", "qualifier", "soc_code", "area", "period", "verdict"]


def articles(folder):
    """The articles of a set: the texts that have a claims file (a set's
    README.md has none)."""
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "articles", folder, "*"))):
        if path.endswith((".txt", ".md", ".html")) and \
                os.path.exists(os.path.splitext(path)[0] + ".claims.csv"):
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
    if field == "verdict":  # a possible contradiction is said, not a verdict to score
        return set(got.split()) - {"possible_contradiction"} == set(want.split())
    if field == "period":
        return got[:4] == want[:4]
    if field == "scope":  # typed parts, in any order
        return {p.strip().lower() for p in got.split(";") if p.strip()} == \
            {p.strip().lower() for p in want.split(";") if p.strip()}
    return got == want


def score(folder):
    t = {"expected": 0, "found": 0, "matched": 0, "scoped": 0}
    right = {f: 0 for f in FIELDS + ["scope"]}
    misses = []
    verdicts = []  # (expected set, found set) of each matched claim
    for path in articles(folder):
        where = f"{folder}/{os.path.basename(path)}"
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
                verdicts.append((set(w.get("verdict", "").split()),
                                 set(g.get("verdict", "").split())))
                # scope is scored where the claims file has the column
                t["scoped"] += "scope" in w
                for fld in FIELDS + ["scope"] * ("scope" in w):
                    if same(fld, g.get(fld, ""), w.get(fld, "")):
                        right[fld] += 1
                    else:
                        misses.append(f"{where}:{w['line']} {w['value']} {fld}: "
                                      f"got {g.get(fld, '')!r}, want {w.get(fld, '')!r}")
                break
            else:
                misses.append(f"{where}:{w['line']} missed {w['value']} ({w['stat']})")
        for i, g in enumerate(got):
            if i not in used:
                misses.append(f"{where}:{g['line']} extra {g['value']} ({g['stat']})")
    return t, right, misses, verdicts


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


VERDICTS = ["hourly_annual_mismatch", "self_contradiction", "disagrees_with_ref",
            "comparison_wrong", "percentile_order", "mislabeled", "unverifiable",
            "possible_contradiction"]
INTERNAL = {"hourly_annual_mismatch", "self_contradiction", "percentile_order"}


def verdict_table(results):
    """Precision and recall of each verdict over the matched claims, the
    false-alarm rate of internal flags on claims expected ok, and the
    verdict accuracy of judging every claim ok (the baseline to beat)."""
    print("\n| set | verdict | expected | found | right | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for folder, pairs in results:
        for v in VERDICTS:
            want = sum(v in w for w, g in pairs)
            got = sum(v in g for w, g in pairs)
            both = sum(v in w and v in g for w, g in pairs)
            if want or got:
                print(f"| {folder} | {v} | {want} | {got} | {both} | {pct(both, got)} | "
                      f"{pct(both, want)} |")
    print("\n| set | claims expected ok | false internal flags | verdicts right | "
          "if all were ok |")
    print("|---|---:|---:|---:|---:|")
    for folder, pairs in results:
        ok = [g for w, g in pairs if w == {"ok"}]  # false flags: internal verdicts only
        false = sum(bool(g & INTERNAL) for g in ok)
        print(f"| {folder} | {len(ok)} | {false} ({pct(false, len(ok))}) | "
              f"{pct(sum(w == g - {'possible_contradiction'} for w, g in pairs), len(pairs))} | "
              f"{pct(len(ok), len(pairs))} |")


def gate(path, misses, write):
    """Compare the misses with the committed list; 1 when a miss is new."""
    if write:
        with open(path, "w") as f:
            f.write("".join(m + "\n" for m in sorted(misses)))
        print(f"gate: {len(misses)} misses written to {path}")
        return 0
    with open(path) as f:
        known = {line.rstrip("\n") for line in f if line.strip()}
    new = sorted(set(misses) - known)
    fixed = sorted(known - set(misses))
    for m in new:
        print(f"gate: new miss: {m}")
    for m in fixed:
        print(f"gate: fixed (take it off {os.path.basename(path)}): {m}")
    print(f"gate: {len(misses)} misses, {len(new)} new, {len(fixed)} fixed")
    return 1 if new else 0


def main():
    global WAGESTAT
    args = sys.argv[1:]
    gate_path = write = None
    if args and args[0] in ("--gate", "--write-gate"):
        write = args[0] == "--write-gate"
        gate_path = args[1]
        args = args[2:]
        os.environ["BENCH_SPEED"] = "0"
    if args:
        WAGESTAT = args[0]
    print("| set | articles | expected | found | precision | recall | stat | unit | "
          "qualifier | role | area | period | verdict | scope |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    verbose = os.environ.get("BENCH_VERBOSE")
    results, all_misses = [], []
    for folder in os.environ.get("BENCH_SETS", "dev heldout heldout2 real real2 real3").split():
        t, right, misses, verdicts = score(folder)
        n = len(list(articles(folder)))
        m = t["matched"]
        print(f"| {folder} | {n} | {t['expected']} | {t['found']} | {pct(m, t['found'])} | "
              f"{pct(m, t['expected'])} | " + " | ".join(pct(right[f], m) for f in FIELDS) +
              f" | {pct(right['scope'], t['scoped'])} |")
        results.append((folder, verdicts))
        all_misses += misses
        if verbose:
            for line in misses:
                print("   ", line, file=sys.stderr)
    verdict_table(results)
    if gate_path:
        sys.exit(gate(gate_path, all_misses, write))
    tp = throughput() if os.environ.get("BENCH_SPEED") != "0" else None
    if tp:
        mb, secs = tp
        print(f"\nextract throughput: {mb:.0f} MB of article text in {secs:.2f} s = "
              f"{mb / secs:.1f} MB/s (one core, best of 3)")


if __name__ == "__main__":
    main()
