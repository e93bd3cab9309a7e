#!/bin/sh
# make demo: the report of the shipped data, written by wagestat report
# from scripts/report.conf: pay by department in the City of Chicago
# payroll extract (hourly rates as annual pay at the full-time 2080 hours),
# the healthcare OEWS figures by role, area and year, the BLS, WA and NY
# sources reconciled, and three articles checked.  Writes
# out/demo/report.html (one page), report.md (with its charts beside it)
# and report.xlsx, and prints where.
set -eu
cd "$(dirname "$0")/.."
out=out/demo
rm -rf "$out"
mkdir -p "$out"
./wagestat report -q --config scripts/report.conf -o "$out/report.html"
./wagestat report -q --config scripts/report.conf -f md -o "$out/report.md"
./wagestat report -q --config scripts/report.conf -f xlsx -o "$out/report.xlsx"
echo "Report: $out/report.html (also $out/report.md and $out/report.xlsx)"
