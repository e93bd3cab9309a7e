#!/bin/sh
# The main job on the shipped data: pay by department in the City of
# Chicago payroll extract, every hourly rate stated as annual pay at the
# full-time 2080 hours (basis fte: what the job pays a year full time, so
# that a 20-hour stipend and a 40-hour wage compare as rates), written as a
# report a person can open (out/demo/report.html and report.md).  The
# accounting counts the part-time rows that basis restates.
set -eu
cd "$(dirname "$0")/.."
out=out/demo
mkdir -p "$out"
data=datasets/chicago_payroll_2023.csv
basis=fte
set -- summarize -g Department -v "Annual Salary,Hourly Rate:hourly" -u annual \
	--basis $basis --hours "Typical Hours" \
	-s count,mean,p10,p25,median,p75,p90,median_ci --sort "$data"

./wagestat "$@" -f md >"$out/table.md" 2>"$out/accounting.txt"
./wagestat "$@" -f html >"$out/table.html" 2>/dev/null
./wagestat "$@" -f csv >"$out/summary.csv" 2>/dev/null

{
	echo "# Pay by department: City of Chicago payroll, early 2023"
	echo
	echo "Annual pay, basis $basis: hourly rates are stated as annual at the full-time"
	echo "2080 hours a year, whatever hours the job has (the accounting below counts"
	echo "the part-time rows; \`--basis actual\` states them at their own hours)."
	echo "Source: City of Chicago Data Portal (see datasets/README.md)."
	echo "Command: \`wagestat $*\`"
	echo
	cat "$out/table.md"
	echo
	echo "Rows accounted for:"
	echo
	sed 's/^/    /' "$out/accounting.txt"
} >"$out/report.md"

{
	echo '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
	echo '<title>Pay by department: City of Chicago payroll, early 2023</title>'
	echo '<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}'
	echo 'table{border-collapse:collapse}th,td{padding:.2em .6em;border-bottom:1px solid #ccc}'
	echo '.num{text-align:right;font-variant-numeric:tabular-nums}</style></head><body>'
	echo '<h1>Pay by department: City of Chicago payroll, early 2023</h1>'
	echo "<p>Annual pay, basis $basis: hourly rates are stated as annual at the full-time"
	echo '2080 hours a year, whatever hours the job has (the accounting below counts'
	echo 'the part-time rows; <code>--basis actual</code> states them at their own hours).'
	echo 'Source: City of Chicago Data Portal (see datasets/README.md).</p>'
	cat "$out/table.html"
	echo '<h2>Rows accounted for</h2><pre>'
	sed 's/&/\&amp;/g; s/</\&lt;/g' "$out/accounting.txt"
	echo '</pre></body></html>'
} >"$out/report.html"
rm -f "$out/table.md" "$out/table.html"

./wagestat "$@"
echo
echo "Report: $out/report.html (also $out/report.md, $out/summary.csv)"
