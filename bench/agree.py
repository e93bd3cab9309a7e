"""Check that every tool's medians agree with wagestat's.

    python3 agree.py WAGESTAT.csv NAME=FILE[:tsv][:rel=ALPHA]...

Each file has a role and a region column and a median column (found by
name: the first column whose name holds "median").  Prints one line per
tool and exits 1 when any group is missing or differs by more than half a
cent; with :rel=ALPHA (wagestat --approx, whose percentiles are within
ALPHA of the exact ones, relative) by more than ALPHA times the exact
median and half a cent for the rounding to cents.  (Half a cent itself
is allowed: pandas prints 32597.875 where wagestat rounds to 32597.88.)
"""
import csv
import sys


def medians(path, tsv):
    with open(path, newline="") as f:
        rows = list(csv.reader(f, delimiter="\t" if tsv else ","))
    head = [h.lower() for h in rows[0]]
    # median, median(annual_salary) (datamash), annual_salary_median (Miller)
    col = next(i for i, h in enumerate(head) if "median" in h)
    return {(r[0], r[1]): float(r[col]) for r in rows[1:]}


ref = medians(sys.argv[1], False)
bad = 0
for arg in sys.argv[2:]:
    name, spec = arg.split("=", 1)
    path, *opts = spec.split(":")
    tsv = "tsv" in opts
    rel = next((float(o[4:]) for o in opts if o.startswith("rel=")), 0.0)
    got = medians(path, tsv)
    worst = max((abs(got.get(k, float("inf")) - v) for k, v in ref.items()),
                default=0.0)
    worst_rel = max((abs(got.get(k, float("inf")) - v) / abs(v)
                     for k, v in ref.items() if v), default=0.0)
    same_groups = set(got) == set(ref)
    ok = same_groups and all(
        abs(got[k] - v) <= rel * abs(v) + 0.005 + 1e-9 for k, v in ref.items())
    print(f"  medians {name}: {len(got)} groups, largest difference "
          f"{worst:.4f} ({worst_rel:.6f} relative"
          f"{f', bound {rel:g}' if rel else ''}): "
          f"{'agree' if ok else 'DISAGREE'}")
    bad += not ok
sys.exit(1 if bad else 0)
