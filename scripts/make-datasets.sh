#!/bin/sh
# Regenerate the compact extracts in datasets/ from the public files in
# ../shared/data/real (see datasets/README.md for what each holds).
#   scripts/make-datasets.sh [REAL_DATA_DIR]
set -eu
cd "$(dirname "$0")/.."
real=${1:-../shared/data/real}
[ -d "$real" ] || { echo "make-datasets: no $real" >&2; exit 2; }

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
