# -f xlsx: a workbook through libxlsxwriter, read back by readers that are
# not ours: tools/xlsx_same.py (Python's zipfile and the sheet XML) holds
# each cell against the same command's -f csv (numbers to 1e-15, text as
# text), checks the frozen header row and the currency and percent
# formats; xlsx2csv reads the accounting sheet.

== summarize -f xlsx: the same figures as -f csv, amounts in dollars, header frozen
$ wagestat summarize -q -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count,median,p90,mean,sd,median_ci --sort -f xlsx ../datasets/chicago_payroll_2023.csv > "$TMPDIR/s.xlsx"
$ wagestat summarize -q -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count,median,p90,mean,sd,median_ci --sort -f csv ../datasets/chicago_payroll_2023.csv > "$TMPDIR/s.csv"
$ python3 tools/xlsx_same.py "$TMPDIR/s.xlsx" summary "$TMPDIR/s.csv" --money median,p90,mean,sd,median_ci_low,median_ci_high
> same

== the comparison can fail: one figure changed in the CSV is found
$ wagestat summarize -q -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count,median --sort -f xlsx ../datasets/chicago_payroll_2023.csv > "$TMPDIR/s.xlsx"
$ wagestat summarize -q -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count,median --sort -f csv ../datasets/chicago_payroll_2023.csv | sed 's/^CHICAGO PUBLIC LIBRARY,977,65952$/CHICAGO PUBLIC LIBRARY,977,65953/' > "$TMPDIR/s.csv"
$ python3 tools/xlsx_same.py "$TMPDIR/s.xlsx" summary "$TMPDIR/s.csv"; echo "exit $?"
> row 2 column median: 65952.0, the CSV has '65953'
> 1 differences
> exit 1

== summarize -f xlsx: the accounting on its own sheet, read by xlsx2csv
%skip-unless /usr/bin/xlsx2csv
$ wagestat summarize -q -g Department -v 'Annual Salary,Hourly Rate:hourly' -u annual -s count --sort -f xlsx ../datasets/chicago_payroll_2023.csv > "$TMPDIR/s.xlsx"
$ xlsx2csv -n accounting "$TMPDIR/s.xlsx" | head -n 3
> wagestat: rows read 5073 = used 5073 + filtered 0 + missing 0 + rejected 0
> wagestat:   converted 2304 hourly values to annual (x 2080)
> wagestat:   basis fte: 2304 values at the full-time 2080 hours and 52 weeks a year

== reconcile -f xlsx: the keys and the claims views as -f csv gives them
$ wagestat reconcile -q --keys -f xlsx data/reconcile/three.csv data/reconcile/se.csv > "$TMPDIR/k.xlsx"
$ wagestat reconcile -q --keys -f csv data/reconcile/three.csv data/reconcile/se.csv > "$TMPDIR/k.csv"
$ python3 tools/xlsx_same.py "$TMPDIR/k.xlsx" keys "$TMPDIR/k.csv" --money consensus,low,high
$ wagestat reconcile -q -f xlsx data/reconcile/three.csv data/reconcile/se.csv > "$TMPDIR/c.xlsx"
$ wagestat reconcile -q -f csv data/reconcile/three.csv data/reconcile/se.csv > "$TMPDIR/c.csv"
$ python3 tools/xlsx_same.py "$TMPDIR/c.xlsx" claims "$TMPDIR/c.csv" --money consensus
> same
> same

== check -f xlsx: the findings as -f csv gives them, and each article's summary
%skip-unless /usr/bin/xlsx2csv
$ wagestat check -q -f xlsx data/articles/lab-careers.md > "$TMPDIR/f.xlsx"
$ wagestat check -q -f csv data/articles/lab-careers.md > "$TMPDIR/f.csv"
$ python3 tools/xlsx_same.py "$TMPDIR/f.xlsx" findings "$TMPDIR/f.csv" --money ref_value
$ xlsx2csv -n articles "$TMPDIR/f.xlsx"
> same
> "data/articles/lab-careers.md: 11 findings: 2 ok, 1 unverifiable, 8 inconsistent"

== -f xlsx on a full disk is an error
$ wagestat summarize -q -s count -f xlsx ../datasets/chicago_payroll_2023.csv -v 'Annual Salary,Hourly Rate:hourly' -u annual > /dev/full; echo "exit $?"
> exit 2
