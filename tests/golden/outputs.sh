#!/bin/sh
# The outputs the source reorganisation must keep byte for byte: for every
# article in tests/articles (all sets), `wagestat extract` and
# `wagestat check -f csv` against the shipped reference, stdout and stderr.
# Prints one "SHA256  NAME" line per output; tests/golden/outputs.sha256
# holds the lines recorded before the first move.
#   sh tests/golden/outputs.sh [WAGESTAT] > tests/golden/outputs.sha256
set -eu
TMPDIR_OUT=$(mktemp -d)
trap 'rm -rf "$TMPDIR_OUT"' EXIT
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$top/wagestat}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
ref=$top/datasets/oews_healthcare.csv
cd "$top/tests/articles"
# Two articles at a time (GOLDEN_JOBS): under the sanitizers the 1,200
# runs take nearly two minutes one after another.
for f in */*.txt */*.md */*.html; do
	[ -f "$f" ] && printf '%s\n' "$f"
done | xargs -d '\n' -P "${GOLDEN_JOBS:-2}" -n 20 sh -c '
	bin=$1 ref=$2 o=$3/o.$$
	shift 3
	for f; do
		for mode in extract check; do
			if [ "$mode" = extract ]; then
				"$bin" extract "$f" >"$o" 2>&1 || true
			else
				"$bin" check --ref "$ref" -f csv "$f" >"$o" 2>&1 || true
			fi
			printf "%s  %s %s\n" "$(sha256sum <"$o" | cut -d" " -f1)" "$mode" "$f"
		done
	done' sh "$bin" "$ref" "$TMPDIR_OUT" | LC_ALL=C sort -k2
