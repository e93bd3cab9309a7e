#!/bin/bash
# make bench: wagestat summarize against pandas, GNU datamash and Miller on
# the same synthetic microdata, ten statistics by role and region, with the
# floor of a C program that only reads the file and looks at every byte
# (bench/bytescan.c, -O3).  A benchmark, not a test: it prints figures and
# stops only when a tool fails or disagrees with wagestat.
#
# Each size is measured in rounds; a round runs, one right after the other,
# wagestat, pandas, wagestat --approx, wagestat -j 1, the byte scan and
# wagestat reading the file from a pipe (cat's CPU included), so
# that the tools compared see the same load on a shared machine (paired
# runs).  For every tool: wall seconds and CPU seconds (user + sys, from
# /usr/bin/time), the median of the rounds and each round's figure, and the
# peak resident memory.  Then the ratios the issue asks about: pandas' CPU
# over wagestat's, wagestat's CPU over the floor's.
#   BENCH_SIZES   row counts to run (default "1000000 10000000"; empty: none)
#   BENCH_RUNS    rounds per size (default 3)
#   BENCH_SLOW_RUNS  runs for datamash and Miller (default 1; 0 leaves them out)
#   BENCH_HUGE    rows of one more run, wagestat alone, exact and --approx
#                 (default 100000000; 0 leaves it out): the file is
#                 generated into bench/data and deleted after (8.3 GB)
set -eu
cd "$(dirname "$0")/.."
data=bench/data
mkdir -p "$data"
sizes=${BENCH_SIZES-"1000000 10000000"}
runs=${BENCH_RUNS:-3}
slow_runs=${BENCH_SLOW_RUNS:-1}
py=/usr/bin/python3      # Debian's python3, where python3-pandas is
stats=count,mean,sd,min,p10,p25,median,p75,p90,max
ws=(./wagestat summarize -q -g role,region -v annual_salary -s "$stats" -f csv)

cc -O2 -o "$data/gen_microdata" bench/gen_microdata.c -lm
cc -std=c11 -O3 -o "$data/bytescan" bench/bytescan.c

# run1 NAME OUTFILE COMMAND...: one run; appends "wall cpu kib" to $data/NAME.t
run1() {
	local name=$1 out=$2
	shift 2
	/usr/bin/time -f '%e %U %S %M' -o "$data/time" "$@" >"$out" 2>"$data/err" || {
		echo "bench: $name failed:" >&2
		cat "$data/err" >&2
		exit 1
	}
	awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$data/time" >>"$data/$name.t"
}

# median COLUMN FILE: the median (lower middle) of one column of a .t file
median() {
	awk -v c="$1" '{ print $c }' "$2" | sort -g |
		awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# row N MB NAME [LABEL]: the table row of one tool; sets $cpu to its median CPU
row() {
	local t=$data/$3.t wall each peak
	wall=$(median 1 "$t")
	cpu=$(median 2 "$t")
	each=$(awk '{ printf "%s%s", sep, $2; sep = " " }' "$t")
	peak=$(awk '$3 > m { m = $3 } END { printf "%.0f", m / 1024 }' "$t")
	echo "| $1 | $2 | ${4:-$3} | $wall | $cpu | $each | $peak |"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }'; }

echo "machine: $(nproc) online cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| rows | file MB | tool | wall s | CPU s | CPU s, each run | peak MiB |"
echo "| ---: | ---: | --- | ---: | ---: | --- | ---: |"
for n in $sizes; do
	csv=$data/micro_$n.csv
	tsv=$data/micro_$n.tsv
	[ -s "$csv" ] || "$data/gen_microdata" "$n" csv >"$csv"
	mb=$(( $(wc -c <"$csv") / 1000000 ))
	tools="wagestat pandas approx j1 floor pipe"
	for t in $tools datamash miller; do rm -f "$data/$t.t"; done

	for ((i = 0; i < runs; i++)); do
		run1 wagestat "$data/wagestat.out" "${ws[@]}" "$csv"
		run1 pandas "$data/pandas.out" "$py" bench/pandas_summary.py "$csv"
		run1 approx "$data/approx.out" "${ws[@]}" --approx "$csv"
		run1 j1 "$data/j1.out" "${ws[@]}" -j 1 "$csv"
		run1 floor "$data/floor.out" "$data/bytescan" "$csv"
		run1 pipe "$data/pipe.out" sh -c 'f=$1; shift; cat "$f" | "$@" -' sh "$csv" "${ws[@]}"
	done
	cmp -s "$data/wagestat.out" "$data/j1.out" ||
		{ echo "bench: -j 1 gave another table than the default" >&2; exit 1; }
	cmp -s "$data/wagestat.out" "$data/pipe.out" ||
		{ echo "bench: standard input gave another table than the file" >&2; exit 1; }

	row "$n" "$mb" wagestat; ws_cpu=$cpu
	row "$n" "$mb" pandas; pd_cpu=$cpu
	row "$n" "$mb" approx "wagestat --approx"
	row "$n" "$mb" j1 "wagestat -j 1"
	row "$n" "$mb" floor "byte scan -O3"; floor_cpu=$cpu
	row "$n" "$mb" pipe "wagestat - (from cat)"

	peers=(pandas="$data/pandas.out")
	if ((slow_runs > 0)); then
		[ -s "$tsv" ] || "$data/gen_microdata" "$n" tsv >"$tsv"
		for ((i = 0; i < slow_runs; i++)); do
			run1 datamash "$data/datamash.out" \
				sh -c 'exec datamash -s -H -g 2,4 count 7 mean 7 sstdev 7 min 7 perc:10 7 \
				q1 7 median 7 q3 7 perc:90 7 max 7 <"$1"' sh "$tsv"
			run1 miller "$data/miller.out" \
				mlr --icsv --ocsv stats1 -a count,mean,stddev,min,p10,p25,median,p75,p90,max \
				-i -f annual_salary -g role,region "$csv"
		done
		row "$n" "$mb" datamash "datamash (TSV)"
		row "$n" "$mb" miller
		peers+=(datamash="$data/datamash.out:tsv" miller="$data/miller.out")
	fi
	echo "| $n | | pandas CPU / wagestat CPU | | $(ratio "$pd_cpu" "$ws_cpu") | | |"
	echo "| $n | | wagestat CPU / floor CPU | | $(ratio "$ws_cpu" "$floor_cpu") | | |"

	"$py" bench/agree.py "$data/wagestat.out" "${peers[@]}" \
		approx="$data/approx.out:rel=0.001" >&2
done

huge=${BENCH_HUGE:-100000000}
if ((huge > 0)); then
	csv=$data/micro_huge.csv
	trap 'rm -f "$data/micro_huge.csv"' EXIT
	"$data/gen_microdata" "$huge" csv >"$csv"
	mb=$(( $(wc -c <"$csv") / 1000000 ))
	for t in wagestat approx; do rm -f "$data/$t.t"; done
	big=(./wagestat --max-input 16G "${ws[@]:1}")
	run1 wagestat "$data/wagestat.out" "${big[@]}" "$csv"
	run1 approx "$data/approx.out" "${big[@]}" --approx "$csv"
	rm -f "$csv"
	row "$huge" "$mb" wagestat
	row "$huge" "$mb" approx "wagestat --approx"
	"$py" bench/agree.py "$data/wagestat.out" approx="$data/approx.out:rel=0.001" >&2
fi
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
