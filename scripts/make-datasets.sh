#!/bin/sh
# Regenerate the compact extracts in datasets/ from the public files in
# ../shared/data/real (see datasets/README.md for what each holds).
#   scripts/make-datasets.sh [REAL_DATA_DIR]
set -eu
cd "$(dirname "$0")/.."
real=${1:-../shared/data/real}
[ -d "$real" ] || { echo "make-datasets: no $real" >&2; exit 2; }

# The dictionaries (roles, areas, CPI-U), which the program compiles in.
python3 scripts/make-dictionaries.py "$real"

# City of Chicago payroll (early 2023): six departments with both salaried
# and hourly staff, every column but the names (already absent upstream).
python3 - "$real/chicago_employees/chicago_employee_salaries_2023-03_no_names.csv" \
	datasets/chicago_payroll_2023.csv <<'PY'
import csv, sys
keep = {
    "DEPARTMENT OF PUBLIC HEALTH", "FAMILY AND SUPPORT SERVICES",
    "OFFICE OF EMERGENCY MANAGEMENT", "CHICAGO PUBLIC LIBRARY",
    "COMM ANIMAL CARE AND CONTROL", "DEPT OF WATER MANAGEMENT",
}
with open(sys.argv[1], newline="") as src, open(sys.argv[2], "w", newline="") as dst:
    rows = csv.reader(src)
    out = csv.writer(dst, lineterminator="\n")
    header = next(rows)
    out.writerow(header)
    dept = header.index("Department")
    for row in rows:
        if row[dept] in keep:
            out.writerow(row)
PY
echo "make-datasets: wrote datasets/chicago_payroll_2023.csv"

# Healthcare claims (SOC 29- and 31-): BLS OEWS national files May 2017 to
# May 2024, the BLS state means of May 2023, the BLS national sector files
# May 2022 to May 2024 (claims scoped industry:NAICS, for the sectors
# datasets/scopes.csv names), and the Washington
# and New York state agencies' tables as sources of their own: Washington's
# statewide row and its metropolitan and nonmetropolitan areas (scoped
# metro:CODE), New York's statewide row.  Made by wagestat's own importer,
# so the program must be built; the .xlsx files need xlsx2csv.
make wagestat >/dev/null
top=$(pwd)
out="$top/datasets/oews_healthcare.csv"
(
	cd "$real/oews"
	"$top/wagestat" import oews -q --soc 29-,31- \
		national_M2017_dl.csv national_M2018_dl.xlsx national_M2019_dl.xlsx \
		national_M2020_dl.xlsx national_M2021_dl.csv national_M2022_dl.csv \
		national_M2023_dl.csv national_M2024_dl.xlsx state_M2023_dl_subset_semicolon.csv
	# by industry, detailed occupations only, and only the sectors an
	# article can name (datasets/scopes.csv): compact; the sector files
	# themselves serve as --ref for the others
	"$top/wagestat" import oews -q --soc 29-,31- --level detailed \
		natsector_M2022_dl.xlsx natsector_M2023_dl.xlsx natsector_M2024_dl.xlsx |
		python3 -c '
import csv, sys
named = {r["code"] for r in csv.DictReader(open(sys.argv[1])) if r["kind"] == "industry"}
rows = csv.reader(sys.stdin)
head = next(rows)
scope = head.index("scope")
out = csv.writer(sys.stdout, lineterminator="\n")
for row in rows:
    if row[scope].split(";")[0].split(":")[-1] in named:
        out.writerow(row)' "$top/datasets/scopes.csv"
	cd ../state_agency_oews
	"$top/wagestat" import table -q --kind official --source "WA ESD OEWS 2022" \
		--period 2022 -u hourly --map "Annual wage=mean:annual" \
		--soc 29-,31- wa_esd_oews_washington_2022.csv |
		tail -n +2
	"$top/wagestat" import table -q --kind official --source "NY DOL OEWS" \
		-u annual --map "Entry Wage=ignore" --map "Experienced Wage=ignore" \
		--soc 29-,31- --only-area "New York State" ny_dol_oews_newyork.csv |
		tail -n +2
) >"$out"
echo "make-datasets: wrote datasets/oews_healthcare.csv ($(($(wc -l <"$out") - 1)) claims)"
