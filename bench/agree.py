"""Check that every tool's medians agree with wagestat's.

    python3 agree.py WAGESTAT.csv NAME=FILE[:tsv]...

Each file has a role and a region column and a median column (found by
name: the first column whose name holds "median").  Prints one line per
tool and exits 1 when any group is missing or differs by more than half a
cent.
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
    name, path = arg.split("=", 1)
    tsv = path.endswith(":tsv")
    got = medians(path[:-4] if tsv else path, tsv)
    worst = max((abs(got.get(k, float("inf")) - v) for k, v in ref.items()),
                default=0.0)
    same_groups = set(got) == set(ref)
    ok = same_groups and worst <= 0.005
    print(f"  medians {name}: {len(got)} groups, largest difference "
          f"{worst:.4f}: {'agree' if ok else 'DISAGREE'}")
    bad += not ok
sys.exit(1 if bad else 0)
