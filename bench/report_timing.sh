#!/bin/bash
# wagestat report against wagestat summarize on the same 1M rows of
# synthetic microdata (bench/gen_microdata.c), in pairs: each run of
# summarize is followed at once by a run of report, so that both see the
# same load.  Prints each pair (wall and CPU seconds, CPU = user + sys,
# gnuplot included) and the medians and their ratio.
#   bash bench/report_timing.sh [ROWS] [PAIRS]     (default 1000000 7)
set -eu
cd "$(dirname "$0")/.."
rows=${1:-1000000}
pairs=${2:-7}
data=bench/data
mkdir -p "$data"
cc -O2 -o "$data/gen_microdata" bench/gen_microdata.c -lm
csv=$data/micro_$rows.csv
[ -s "$csv" ] || "$data/gen_microdata" "$rows" csv >"$csv"
stats=count,mean,p10,p25,median,p75,p90
sum=(./wagestat summarize -q -g role -v annual_salary -s "$stats" -f html "$csv")
rep=(./wagestat report -q -g role -v annual_salary -s "$stats" -o "$data/report.html" "$csv")
echo "summarize: ${sum[*]} > summary.html"
echo "report:    ${rep[*]}"
echo
echo "| pair | summarize wall | summarize CPU | report wall | report CPU |"
echo "| ---: | ---: | ---: | ---: | ---: |"
: >"$data/pairs"
for ((i = 1; i <= pairs; i++)); do
	/usr/bin/time -f '%e %U %S' -o "$data/t1" "${sum[@]}" >"$data/summary.html"
	/usr/bin/time -f '%e %U %S' -o "$data/t2" "${rep[@]}"
	read -r w1 u1 s1 <"$data/t1"
	read -r w2 u2 s2 <"$data/t2"
	c1=$(awk -v u="$u1" -v s="$s1" 'BEGIN { printf "%.2f", u + s }')
	c2=$(awk -v u="$u2" -v s="$s2" 'BEGIN { printf "%.2f", u + s }')
	echo "| $i | $w1 | $c1 | $w2 | $c2 |"
	echo "$w1 $c1 $w2 $c2" >>"$data/pairs"
done
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
mw1=$(cut -d' ' -f1 "$data/pairs" | median)
mc1=$(cut -d' ' -f2 "$data/pairs" | median)
mw2=$(cut -d' ' -f3 "$data/pairs" | median)
mc2=$(cut -d' ' -f4 "$data/pairs" | median)
echo "| median | $mw1 | $mc1 | $mw2 | $mc2 |"
echo
awk -v a="$mw2" -v b="$mw1" -v c="$mc2" -v d="$mc1" \
	'BEGIN { printf "report / summarize: %.2fx wall, %.2fx CPU (limit 1.5x)\n", a / b, c / d }'
