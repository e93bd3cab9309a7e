#!/usr/bin/env python3
"""Small excerpts of the real BLS OEWS and WA ESD files for the tests in
tests/cli/oews.t (the real files stay in ../shared/data/real, uncommitted):

  national_M2017_dl.csv    old layout: 29-2010 listed detailed, then broad
  national_M2022..2024_dl  32-column layout: 29-2010 broad, then detailed;
                           group rows (total, major, minor, broad 29-1210)
  natsector_M2022..2024_dl every sector's rows of 29-2061 and 31-9092, and
                           29-2010's broad/detailed pairs
  wa_esd_2022.csv          the WA ESD table's rows of 31-9092: statewide,
                           metro and nonmetropolitan areas

Rows are copied as the files write them.  It also prints, from the real
files and with no help from wagestat, the employment of 29-2061 and
31-9092 summed over the sector files and the national files' figure: the
expected values of tests/cli/oews.t.
    scripts/make-oews-excerpts.py [REAL_DATA_DIR]
"""
import csv
import os
import sys

real = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/real"
top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out_dir = os.path.join(top, "tests", "data", "oews")
os.makedirs(out_dir, exist_ok=True)
oews = os.path.join(real, "oews")
conv = os.path.join(oews, "converted")

NATIONAL = {
    "2017": os.path.join(oews, "national_M2017_dl.csv"),
    "2022": os.path.join(oews, "national_M2022_dl.csv"),
    "2023": os.path.join(oews, "national_M2023_dl.csv"),
    "2024": os.path.join(conv, "national_M2024_dl.from_xlsx.csv"),
}
SECTOR = {y: os.path.join(conv, "natsector_M%s_dl.from_xlsx.csv" % y)
          for y in ("2022", "2023", "2024")}
NATIONAL_CODES = {"00-0000", "29-0000", "29-1000", "29-1210", "29-1215", "29-2010",
                  "29-2061", "31-9092"}
SECTOR_CODES = {"29-2010", "29-2061", "31-9092"}
SUMMED = ("29-2061", "31-9092")


def excerpt(src, dst, codes):
    with open(src, newline="", encoding="utf-8-sig") as f, \
            open(dst, "w", newline="") as g:
        rows = csv.reader(f)
        out = csv.writer(g, lineterminator="\n")
        header = next(rows)
        out.writerow(header)
        names = [h.strip().upper() for h in header]
        code = names.index("OCC_CODE" if "OCC_CODE" in names else "SOC CODE")
        for row in rows:
            if row[code] in codes:
                out.writerow(row)


def number(s):
    return int(s.replace(",", "")) if s.replace(",", "").isdigit() else None


def employment(path, code, sector):
    with open(path, newline="", encoding="utf-8-sig") as f:
        total = 0
        for row in csv.DictReader(f):
            if row["OCC_CODE"] != code or row.get("O_GROUP", "detailed") != "detailed":
                continue
            n = number(row["TOT_EMP"])
            if n is not None:
                total += n
        return total


for year, path in NATIONAL.items():
    excerpt(path, os.path.join(out_dir, "national_M%s_dl.csv" % year), NATIONAL_CODES)
for year, path in SECTOR.items():
    excerpt(path, os.path.join(out_dir, "natsector_M%s_dl.csv" % year), SECTOR_CODES)
excerpt(os.path.join(real, "state_agency_oews", "wa_esd_oews_washington_2022.csv"),
        os.path.join(out_dir, "wa_esd_2022.csv"), {"31-9092"})
print("code year sectors national difference")
for code in SUMMED:
    for year in sorted(SECTOR):
        s = employment(SECTOR[year], code, True)
        n = employment(NATIONAL[year], code, False)
        print("%s %s %d %d %.2f%%" % (code, year, s, n, 100 * (s - n) / n))
