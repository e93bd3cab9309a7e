#!/bin/sh
# The chart gallery, plots/gallery/*.svg, drawn from the shipped data in
# datasets/ by wagestat plot:   scripts/make-plots.sh [./wagestat]
set -eu
bin=${1:-./wagestat}
out=plots/gallery
mkdir -p "$out"
claims=datasets/oews_healthcare.csv

# Do medical technicians earn more than medical assistants?
"$bin" plot roles -q --period 2024 --mean \
	--roles 'medical assistants,med tech,phlebotomists,nursing assistants,rad tech,registered nurses,pharmacy technicians,EMTs' \
	-o "$out/roles.svg" "$claims"
# One role across the states (the state file has means only)
"$bin" plot regions -q --role 'medical assistants' -o "$out/regions.svg" "$claims"
# Pay over the OEWS years, as paid and in 2024 dollars
"$bin" plot trend -q --roles 'registered nurses,med tech,medical assistants' \
	-o "$out/trend.svg" "$claims"
# Microdata: City of Chicago salaried employees by department
"$bin" plot dist -q -g Department -v 'Annual Salary' \
	-o "$out/dist.svg" datasets/chicago_payroll_2023.csv
ls -l "$out"/*.svg | awk '{ printf "%s %d bytes\n", $NF, $5 }'
