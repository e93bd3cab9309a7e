# The README's payroll example on the shipped extract.  Expected figures
# were computed separately with Python's csv module and numpy
# (np.percentile, linear = type 7; np.mean) on the same file, taking
# 'Annual Salary' or else 'Hourly Rate' x 2080:
#   CHICAGO PUBLIC LIBRARY       977  median 65952.0  p90 102516.0  mean 67505.13
#   COMM ANIMAL CARE AND CONTROL  64  median 71148.0  p90 102732.0  mean 72031.65
#   DEPARTMENT OF PUBLIC HEALTH  611  median 89532.0  p90 123696.0  mean 92507.36
#   DEPT OF WATER MANAGEMENT    1982  median 95472.0  p90 114138.0  mean 96802.62
#   FAMILY AND SUPPORT SERVICES  619  median 52956.0  p90 102892.8  mean 51305.89
#   OFFICE OF EMERGENCY MGMT     820  median 68196.0  p90 106200.0  mean 73597.36
#   5073 rows, 2304 of them hourly.
# Every department mixes salaried rows (an Annual Salary) and hourly ones
# (Python: Counter of (Department, 'Salary or Hourly')): LIBRARY 719 + 258,
# ANIMAL CARE 60 + 4, PUBLIC HEALTH 610 + 1, WATER 375 + 1607, FAMILY
# 318 + 301, EMERGENCY 687 + 133; the accounting names the basis.

== pay by department, hourly rates as annual pay
$ wagestat summarize -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count,median,p90,mean --sort -f md ../datasets/chicago_payroll_2023.csv
> | Department | count | median | p90 | mean |
> | --- | ---: | ---: | ---: | ---: |
> | CHICAGO PUBLIC LIBRARY | 977 | 65,952 | 102,516 | 67,505 |
> | COMM ANIMAL CARE AND CONTROL | 64 | 71,148 | 102,732 | 72,032 |
> | DEPARTMENT OF PUBLIC HEALTH | 611 | 89,532 | 123,696 | 92,507 |
> | DEPT OF WATER MANAGEMENT | 1,982 | 95,472 | 114,138 | 96,803 |
> | FAMILY AND SUPPORT SERVICES | 619 | 52,956 | 102,893 | 51,306 |
> | OFFICE OF EMERGENCY MANAGEMENT | 820 | 68,196 | 106,200 | 73,597 |
! wagestat: rows read 5073 = used 5073 + filtered 0 + missing 0 + rejected 0
! wagestat:   converted 2304 hourly values to annual (x 2080)
! wagestat:   basis fte: 2304 values at the full-time 2080 hours and 52 weeks a year
! wagestat:   group 'CHICAGO PUBLIC LIBRARY' mixes 719 annual and 258 hourly values (basis fte)
! wagestat:   group 'COMM ANIMAL CARE AND CONTROL' mixes 60 annual and 4 hourly values (basis fte)
! wagestat:   group 'DEPARTMENT OF PUBLIC HEALTH' mixes 610 annual and 1 hourly values (basis fte)
! wagestat:   group 'DEPT OF WATER MANAGEMENT' mixes 375 annual and 1607 hourly values (basis fte)
! wagestat:   group 'FAMILY AND SUPPORT SERVICES' mixes 318 annual and 301 hourly values (basis fte)
! wagestat:   group 'OFFICE OF EMERGENCY MANAGEMENT' mixes 687 annual and 133 hourly values (basis fte)

# make demo writes the report of scripts/report.conf: at least three
# tables, three charts inline, a reconciliation and article findings,
# nothing fetched (tools/html_check.py: a parser, not patterns), and the
# Chicago table's 6 departments x 10 columns (the department and nine
# figures) = 60 cells.
== the demo writes a report a person can open
$ cd .. && sh scripts/demo.sh
$ python3 tests/tools/html_check.py out/demo/report.html
$ grep -c '<table>' out/demo/report.html | awk '{ print ($1 >= 3 ? "tables >= 3" : "tables " $1) }'
$ grep -c '<svg role="img"' out/demo/report.html | awk '{ print ($1 >= 3 ? "charts >= 3" : "charts " $1) }'
$ grep -o '<h2>[^<]*</h2>' out/demo/report.html
$ python3 -c 'p = open("out/demo/report.html").read(); t = p[p.index("<table>"):p.index("</table>")]; print(t.count("<td"))'
$ grep -o 'rows read 5073 = used 5073' out/demo/report.html
> Report: out/demo/report.html (also out/demo/report.md and out/demo/report.xlsx)
> valid
> tables >= 3
> charts >= 3
> <h2>Summary</h2>
> <h2>Charts</h2>
> <h2>Reconciliation</h2>
> <h2>Article findings</h2>
> <h2>Methods and sources</h2>
> 60
> rows read 5073 = used 5073

# Every figure of the demo's table, computed a second way: Python's csv
# module on the shipped extract, each row's 'Annual Salary', or else its
# 'Hourly Rate' x 2080 at the basis the report names (fte), or x 'Typical
# Hours' x 52 at basis actual; type-7 quantiles, h = (n-1)p; the median's
# interval from Binomial(n, 1/2) ranks as the README defines it.  Every
# department's figures in the demo's workbook (its summary sheet, read
# with Python's zipfile) must agree to 1e-9, and the page's table too.
== the demo's figures agree with a second computation for the basis it names
$ cd .. && sh scripts/demo.sh > /dev/null 2>&1 && grep -o 'basis [a-z]*' out/demo/report.md | head -n 1
$ python3 tests/tools/xlsx_same.py --dump out/demo/report.xlsx summary > "$TMPDIR/summary.csv"
$ python3 - out/demo/report.md datasets/chicago_payroll_2023.csv "$TMPDIR/summary.csv" <<'PY'
$ import csv, math, re, sys
$ basis = re.search(r"basis (\w+)", open(sys.argv[1]).read()).group(1)
$ groups = {}
$ for r in csv.DictReader(open(sys.argv[2], newline="")):
$     if r["Annual Salary"].strip():
$         x = float(r["Annual Salary"])
$     else:
$         x = float(r["Hourly Rate"]) * (2080 if basis == "fte" else float(r["Typical Hours"]) * 52)
$     groups.setdefault(r["Department"], []).append(x)
$ def q(v, p):
$     h = (len(v) - 1) * p; lo = math.floor(h)
$     return v[lo] + (h - lo) * (v[min(lo + 1, len(v) - 1)] - v[lo])
$ def ci(v):
$     n = len(v); cdf = 0; l = 0
$     for k in range(n + 1):
$         cdf += math.comb(n, k) / 2 ** n
$         if cdf > 0.025: break
$         l = k + 1
$     return v[l - 1], v[n - l]
$ for r in csv.DictReader(open(sys.argv[3], newline="")):
$     v = sorted(groups[r["Department"]])
$     want = [len(v), sum(v) / len(v), q(v, .1), q(v, .25), q(v, .5), q(v, .75), q(v, .9), *ci(v)]
$     got = [float(r[c]) for c in ("count", "mean", "p10", "p25", "median", "p75", "p90", "median_ci_low", "median_ci_high")]
$     bad = [i for i, (a, b) in enumerate(zip(want, got)) if abs(a - b) > 1e-9 * max(1.0, abs(a))]
$     print(r["Department"], "agrees" if not bad else "differs in %s: %s / %s" % (bad, want, got))
$ PY
> basis fte
> CHICAGO PUBLIC LIBRARY agrees
> COMM ANIMAL CARE AND CONTROL agrees
> DEPARTMENT OF PUBLIC HEALTH agrees
> DEPT OF WATER MANAGEMENT agrees
> FAMILY AND SUPPORT SERVICES agrees
> OFFICE OF EMERGENCY MANAGEMENT agrees
