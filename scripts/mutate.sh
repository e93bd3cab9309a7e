#!/bin/sh
# Mutation testing: can the tests fail?  Applies each mutation of
# scripts/mutations.txt (file, sed expression, description; one a line) on
# its own to a copy of the tree in a temporary directory (never in place),
# runs `make check` there, and says whether the tests caught it.  A
# mutation that breaks the build counts as caught, and is marked so.  Ends
# with "mutations: N, caught: N, survived: N"; exits 1 if any survived.
#   sh scripts/mutate.sh            every mutation
#   sh scripts/mutate.sh 1 16 26    only these (numbered as listed)
#   sh scripts/mutate.sh -n         only check that each one applies
# MUTATE_JOBS (default 2) is make's -j; each check also has a time limit
# (MUTATE_TIMEOUT seconds, default 1800): a hang counts as caught.
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
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP

# The tree as it is now (uncommitted changes too), build/ included and
# modification times kept, so that each mutation rebuilds only its file.
tar -C "$root" --exclude=./.git --exclude=./out -cf - . | tar -C "$tmp" -xf - || exit 2
tree=$tmp/tree
mkdir "$tree" && (cd "$tmp" && for f in * .[!.]*; do
	[ "$f" = tree ] || [ ! -e "$f" ] || mv "$f" tree/
done) || exit 2
# tests/ finds the shared real data sets at ../../shared: the same there
[ -d "$root/../shared" ] && ln -s "$(cd "$root/../shared" && pwd)" "$tmp/shared"

# The fields of line N of the list (tab-separated) into $file $expr $what.
fields() {
	file=$(printf '%s\n' "$1" | cut -f1)
	expr=$(printf '%s\n' "$1" | cut -f2)
	what=$(printf '%s\n' "$1" | cut -f3)
}

if [ "$dry" = 0 ]; then
	echo "unmutated: make check"
	if ! (cd "$tree" && timeout "$limit" make -j"$jobs" check) >"$tmp/log" 2>&1; then
		tail -n 20 "$tmp/log"
		echo "mutate: make check fails without any mutation: nothing to measure"
		exit 2
	fi
fi

n=0 total=0 caught=0 survived=0 broken=0 missed=""
tab=$(printf '\t')
while IFS= read -r l; do
	case $l in '#'* | '') continue ;; esac
	n=$((n + 1))
	case $only in "  ") ;; *" $n "*) ;; *) continue ;; esac
	fields "$l"
	case $l in *"$tab"*"$tab"*) ;; *)
		echo "mutate: line $n is not FILE<tab>SED<tab>DESCRIPTION: $l"; exit 2 ;;
	esac
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
	(cd "$tree" && timeout "$limit" make -j"$jobs" check) >"$tmp/log" 2>&1
	code=$?
	secs=$(($(date +%s) - start))
	# back as it was, and newer than what the mutant built
	cp "$tmp/original" "$tree/$file"
	touch "$tree/$file"
	if [ "$code" = 0 ]; then
		survived=$((survived + 1))
		missed="$missed $n"
		echo "SURVIVED $n $file: $what (${secs}s)"
		continue
	fi
	caught=$((caught + 1))
	if ! grep -qE '^[0-9]+ passed, [0-9]+ failed$' "$tmp/log"; then
		broken=$((broken + 1))
		echo "caught   $n $file: $what (the build broke, ${secs}s)"
		continue
	fi
	echo "caught   $n $file: $what ($(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$tmp/log" | tail -n 1), ${secs}s)"
	grep -E '^(FAIL|   \(no count)' "$tmp/log" | sort -u | head -n 3 | cut -c1-160 | sed 's/^/           /'
done <"$list"

[ "$dry" = 1 ] && exit 0
[ -n "$missed" ] && echo "survivors:$missed"
[ "$broken" -gt 0 ] && echo "($broken caught only because the build broke)"
echo "mutations: $total, caught: $caught, survived: $survived"
[ "$survived" -eq 0 ]
