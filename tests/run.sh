#!/bin/sh
# Every test: the unit tests (built with ASan and UBSan), then the
# command-line tests against the release build and the sanitized build,
# then the fuzz targets.
# Ends with one line "N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# add the "N passed, N failed" counts of the last such line in $log
count() {
	line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	if [ -z "$line" ]; then
		echo "   (no count from $1: counted as one failure)"
		failed=$((failed + 1))
		return
	fi
	p=$(echo "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\2/')
	f=$(echo "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\3/')
	passed=$((passed + p))
	failed=$((failed + f))
}

# the layering of src/ and include/, and the size of files and functions
for s in scripts/check-layers.sh scripts/check-size.sh; do
	if sh "$s" >"$log" 2>&1; then
		passed=$((passed + 1))
	else
		cat "$log"
		echo "FAIL - $s"
		failed=$((failed + 1))
	fi
done

# the article bench as a regression gate: no claim newly missed or wrong
if python3 bench/articles.py --gate tests/golden/article-misses.txt ./wagestat >"$log" 2>&1; then
	passed=$((passed + 1))
else
	grep -E '^gate: (new|fixed)|^Traceback|Error' "$log" | head -n 20
	echo "FAIL - bench/articles.py --gate tests/golden/article-misses.txt"
	failed=$((failed + 1))
fi

for t in tests/unit/test_*.c; do
	bin=build/san/unit/$(basename "${t%.c}")
	"$bin" >"$log" 2>/dev/null
	grep -E '^FAIL|passed, [0-9]+ failed' "$log"
	count "$bin"
done

for dir in . build/san; do
	echo "command-line tests with $dir/wagestat"
	WAGESTAT_DIR=$(cd "$dir" && pwd) bash tests/cli.sh >"$log" 2>&1
	grep -vE '^(ok|skip) ' "$log" | grep -vE '^[0-9]+ passed, [0-9]+ failed$'
	grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log"
	count "tests/cli.sh ($dir)"
done

# each fuzz target (tests/fuzz/) replays its kept reproducers, then runs
# for 20 s from its seeds alone, two at a time: one test a target
echo "fuzz targets, ${FUZZ_CHECK_SECONDS:-20} s each"
FUZZ_FRESH=1 sh tests/fuzz/run.sh "${FUZZ_CHECK_SECONDS:-20}" >"$log" 2>&1
grep -vE '^ok |^[0-9]+ passed, [0-9]+ failed$' "$log"
grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log"
count "tests/fuzz/run.sh"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
