#!/bin/bash
# Command-line golden tests: runs every tests/cli/*.t against the wagestat
# in $WAGESTAT_DIR (default: the repository root) and ends with one line
# "N passed, N failed".
#
# A .t file is a list of tests:
#   == NAME           starts a test
#   %skip-unless PATH skip it (and say so) unless PATH exists (relative to tests/)
#   $ COMMAND         the command, run by bash from tests/ (several $ lines
#                     make one script)
#   < LINE            a line of standard input
#   > LINE            a line of expected standard output (all of it, exactly)
#   ! LINE            a line of expected standard error; checked only when the
#                     test has such lines, and "!-" alone means it must be empty
#   ? CODE            the expected exit code (default 0)
#   # ...             a comment
# Commands run with LC_ALL=C, a timeout of 120 s, $WAGESTAT_DIR first on PATH,
# and WAGESTAT_REF naming the shipped reference claims.
cd "$(dirname "$0")" || exit 2
WAGESTAT_DIR=${WAGESTAT_DIR:-$(cd .. && pwd)}
export PATH="$WAGESTAT_DIR:$PATH" LC_ALL=C
# check's reference, wherever the binary under test lives
export WAGESTAT_REF="$(cd .. && pwd)/datasets/oews_healthcare.csv"
work=$(mktemp -d)
mkdir "$work/tmp"
export TMPDIR="$work/tmp"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
skipped=0

# The test being read: its fields, reset by start_test.
start_test() {
	name=$1 cmd="" input="" has_input=0 want_out="" want_err="" check_err=0
	want_code=0 skip=""
}

run_test() {
	[ -n "$name" ] || return 0
	if [ -n "$skip" ]; then
		echo "skip - $name (no $skip)"
		skipped=$((skipped + 1))
		return 0
	fi
	if [ "$has_input" = 1 ]; then
		printf '%s' "$input" >"$work/stdin"
	else
		: >"$work/stdin"
	fi
	timeout 120 bash -c "$cmd" <"$work/stdin" >"$work/out" 2>"$work/err"
	code=$?
	printf '%s' "$want_out" >"$work/want_out"
	printf '%s' "$want_err" >"$work/want_err"
	local bad=""
	cmp -s "$work/out" "$work/want_out" || bad="$bad stdout"
	if [ "$check_err" = 1 ]; then
		cmp -s "$work/err" "$work/want_err" || bad="$bad stderr"
	fi
	[ "$code" = "$want_code" ] || bad="$bad exit"
	if [ -z "$bad" ]; then
		echo "ok - $name"
		passed=$((passed + 1))
		return 0
	fi
	echo "FAIL - $name ($file:$line_of_test; wrong:$bad)"
	echo "  \$ $cmd" | head -n 5
	case $bad in *stdout*) diff -u "$work/want_out" "$work/out" | sed -n '3,40p' | sed 's/^/  /' ;; esac
	case $bad in *stderr*) diff -u "$work/want_err" "$work/err" | sed -n '3,40p' | sed 's/^/  /' ;; esac
	case $bad in *exit*) echo "  exit $code, expected $want_code" ;; esac
	failed=$((failed + 1))
}

# "tests/cli.sh cli/NAME.t ..." runs only those files
for file in ${@:-cli/*.t}; do
	start_test ""
	n=0
	while IFS= read -r l || [ -n "$l" ]; do
		n=$((n + 1))
		case $l in
		'== '*) run_test; start_test "${l#== }"; line_of_test=$n ;;
		'%skip-unless '*) [ -e "${l#%skip-unless }" ] || skip=${l#%skip-unless } ;;
		'$ '*) cmd="$cmd${cmd:+$'\n'}${l#\$ }" ;;
		'<') input="$input"$'\n'; has_input=1 ;;
		'< '*) input="$input${l#< }"$'\n'; has_input=1 ;;
		'>') want_out="$want_out"$'\n' ;;
		'> '*) want_out="$want_out${l#> }"$'\n' ;;
		'!-') check_err=1 ;;
		'!') want_err="$want_err"$'\n'; check_err=1 ;;
		'! '*) want_err="$want_err${l#! }"$'\n'; check_err=1 ;;
		'? '*) want_code=${l#? } ;;
		'#'* | '') ;;
		*) echo "FAIL - $file:$n: a line the test format does not know: $l"
		   failed=$((failed + 1)) ;;
		esac
	done <"$file"
	run_test
done

echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
