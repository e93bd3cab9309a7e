#!/bin/sh
# Mutation testing: can the tests fail?  Applies each mutation of
# scripts/mutations.txt (file, sed expression, description; one a line) on
# its own to a copy of the tree in a temporary directory (never in place),
# runs `make check` there, and says whether the tests caught it.  A
# mutation that breaks the build counts as caught, and is marked so.  Ends
# with "mutations: N, caught: N, survived: N"; exits 1 if any survived.
#   sh scripts/mutate.sh            every mutation
#   sh scripts/mutate.sh 1 16 23    only these (numbered as listed)
#   sh scripts/mutate.sh -n         only check that each one applies
# MUTATE_JOBS (default 2) is make's -j; each check also has a time limit
# (MUTATE_TIMEOUT seconds, default 1800): a hang counts as caught.
#
# On a loaded machine a command-line test with a time limit can fail
# without any mutation.  So a mutation caught by command-line tests alone
# is caught only if one of the failing test files fails again, run alone
# with the mutated programs, and passes with the unmutated ones (kept from
# the first, unmutated check); otherwise it is said and counted as
# survived.
set -u
cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
list=$root/scripts/mutations.txt
jobs=${MUTATE_JOBS:-2}
limit=${MUTATE_TIMEOUT:-1800}
dry=0
if [ "${1:-}" = "-n" ]; then
	dry=1
	shift
fi
only=" $* "

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wagestat-mutate.XXXXXX") || exit 2
child=""
trap 'rm -rf "$tmp"' EXIT
trap '[ -n "$child" ] && kill -TERM -- -"$child" 2>/dev/null; exit 2' INT TERM HUP

# The tree as it is now (uncommitted changes too), build/ included and
# modification times kept, so that each mutation rebuilds only its file.
tree=$tmp/tree
mkdir "$tree" || exit 2
tar -C "$root" --exclude=./.git --exclude=./out -cf - . | tar -C "$tree" -xf - || exit 2
# tests/ finds the shared real data sets at ../../shared: the same there
[ -d "$root/../shared" ] && ln -s "$(cd "$root/../shared" && pwd)" "$tmp/shared"

# make check in the copy, in its own process group (so that a signal
# ends all of it), with the time limit; output in $tmp/log.
run_check() {
	(cd "$tree" && exec setsid timeout "$limit" make -j"$jobs" check) >"$tmp/log" 2>&1 &
	child=$!
	wait "$child"
	code=$?
	child=""
	return "$code"
}

# 0 if a failing command-line test file of $tmp/log fails again with the
# mutated programs and passes with the unmutated ones.
confirmed() {
	for t in $(grep -oE '^FAIL - .*\((cli/[^:]+\.t):' "$tmp/log" | sed -E 's/.*\((cli\/[^:]+\.t):/\1/' | sort -u); do
		for d in . build/san; do
			WAGESTAT_DIR="$tree/$d" bash "$tree/tests/cli.sh" "$t" >/dev/null 2>&1 && continue
			WAGESTAT_DIR="$tmp/base/$d" bash "$tree/tests/cli.sh" "$t" >/dev/null 2>&1 && return 0
		done
	done
	return 1
}

if [ "$dry" = 0 ]; then
	echo "unmutated: make check"
	if ! run_check; then
		tail -n 20 "$tmp/log"
		echo "mutate: make check fails without any mutation: nothing to measure"
		exit 2
	fi
	mkdir -p "$tmp/base/build/san"
	cp "$tree/wagestat" "$tmp/base/" && cp "$tree/build/san/wagestat" "$tmp/base/build/san/" || exit 2
fi

n=0 total=0 caught=0 survived=0 broken=0 missed=""
tab=$(printf '\t')
while IFS= read -r l; do
	case $l in '#'* | '') continue ;; esac
	n=$((n + 1))
	case $only in "  ") ;; *" $n "*) ;; *) continue ;; esac
	case $l in *"$tab"*"$tab"*) ;; *)
		echo "mutate: line $n is not FILE<tab>SED<tab>DESCRIPTION: $l"; exit 2 ;;
	esac
	file=$(printf '%s\n' "$l" | cut -f1)
	expr=$(printf '%s\n' "$l" | cut -f2)
	what=$(printf '%s\n' "$l" | cut -f3)
	cp -p "$tree/$file" "$tmp/original"
	if ! sed -e "$expr" "$tmp/original" >"$tree/$file" || cmp -s "$tmp/original" "$tree/$file"; then
		echo "mutate: mutation $n does not apply to $file: $expr"
		exit 2
	fi
	if [ "$dry" = 1 ]; then
		echo "applies  $n $file: $what"
		cp -p "$tmp/original" "$tree/$file"
		continue
	fi
	total=$((total + 1))
	start=$(date +%s)
	run_check
	code=$?
	secs=$(($(date +%s) - start))
	verdict=caught note=""
	count=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$tmp/log" | tail -n 1)
	if [ "$code" = 0 ]; then
		verdict=SURVIVED
	elif [ -z "$count" ]; then
		broken=$((broken + 1))
		note="the build broke"
	elif ! grep -E '^FAIL' "$tmp/log" | grep -qvE '^FAIL - .*\(cli/' && ! confirmed; then
		verdict=SURVIVED
		note="its only failures also happen unmutated: load?"
	fi
	# back as it was, and newer than what the mutant built
	cp "$tmp/original" "$tree/$file"
	touch "$tree/$file"
	if [ "$verdict" = SURVIVED ]; then
		survived=$((survived + 1))
		missed="$missed $n"
		echo "SURVIVED $n $file: $what (${note:+$note, }${secs}s)"
		continue
	fi
	caught=$((caught + 1))
	echo "caught   $n $file: $what (${note:-$count}, ${secs}s)"
	grep -E '^FAIL' "$tmp/log" | sort -u | head -n 3 | cut -c1-150 | sed 's/^/           /'
done <"$list"

[ "$dry" = 1 ] && exit 0
[ -n "$missed" ] && echo "survivors:$missed"
[ "$broken" -gt 0 ] && echo "($broken caught only because the build broke)"
echo "mutations: $total, caught: $caught, survived: $survived"
[ "$survived" -eq 0 ]
