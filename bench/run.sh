#!/bin/bash
# make bench: wagestat summarize against pandas, GNU datamash and Miller on
# the same synthetic microdata, ten statistics by role and region.  Prints a
# Markdown table (median wall time of the runs, peak resident memory) and
# checks that every tool's medians agree with wagestat's.
#   BENCH_SIZES   row counts to run (default "1000000 10000000")
#   BENCH_RUNS    runs per measurement for wagestat and pandas (default 3)
#   BENCH_SLOW_RUNS  runs for datamash and Miller (default 1)
set -eu
cd "$(dirname "$0")/.."
data=bench/data
mkdir -p "$data"
sizes=${BENCH_SIZES:-"1000000 10000000"}
runs=${BENCH_RUNS:-3}
slow_runs=${BENCH_SLOW_RUNS:-1}
py=/usr/bin/python3      # Debian's python3, where python3-pandas is
stats=count,mean,sd,min,p10,p25,median,p75,p90,max

cc -O2 -o "$data/gen_microdata" bench/gen_microdata.c -lm

# measure NAME RUNS OUTFILE COMMAND...: sets $secs (median) and $mib (peak)
measure() {
	local name=$1 n=$2 out=$3 i times="" peak=0
	shift 3
	for ((i = 0; i < n; i++)); do
		/usr/bin/time -f '%e %M' -o "$data/time" "$@" >"$out" 2>"$data/err" || {
			echo "bench: $name failed:" >&2
			cat "$data/err" >&2
			exit 1
		}
		read -r t kib <"$data/time"
		times="$times $t"
		((kib > peak)) && peak=$kib
	done
	secs=$(echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	mib=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')
}

echo "| rows | file MB | tool | seconds | peak MiB | wagestat is faster by |"
echo "| ---: | ---: | --- | ---: | ---: | ---: |"
for n in $sizes; do
	csv=$data/micro_$n.csv
	tsv=$data/micro_$n.tsv
	[ -s "$csv" ] || "$data/gen_microdata" "$n" csv >"$csv"
	[ -s "$tsv" ] || "$data/gen_microdata" "$n" tsv >"$tsv"
	mb=$(( $(wc -c <"$csv") / 1000000 ))

	measure wagestat "$runs" "$data/wagestat.out" \
		./wagestat summarize -q -g role,region -v annual_salary -s "$stats" -f csv "$csv"
	base=$secs
	echo "| $n | $mb | wagestat | $secs | $mib | |"
	row() { echo "| $n | $mb | $1 | $secs | $mib | $(awk -v a="$secs" -v b="$base" 'BEGIN { printf "%.1fx", a / b }') |"; }

	measure pandas "$runs" "$data/pandas.out" "$py" bench/pandas_summary.py "$csv"
	row pandas
	measure datamash "$slow_runs" "$data/datamash.out" \
		sh -c 'exec datamash -s -H -g 2,4 count 7 mean 7 sstdev 7 min 7 perc:10 7 \
		q1 7 median 7 q3 7 perc:90 7 max 7 <"$1"' sh "$tsv"
	row datamash
	measure miller "$slow_runs" "$data/miller.out" \
		mlr --icsv --ocsv stats1 -a count,mean,stddev,min,p10,p25,median,p75,p90,max \
		-i -f annual_salary -g role,region "$csv"
	row "Miller"

	"$py" bench/agree.py "$data/wagestat.out" pandas="$data/pandas.out" \
		datamash="$data/datamash.out:tsv" miller="$data/miller.out" >&2
done
