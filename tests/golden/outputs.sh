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
for f in */*.txt */*.md */*.html; do
	[ -f "$f" ] || continue
	for mode in extract check; do
		if [ "$mode" = extract ]; then
			"$bin" extract "$f" >"$TMPDIR_OUT/o" 2>&1 || true
		else
			"$bin" check --ref "$ref" -f csv "$f" >"$TMPDIR_OUT/o" 2>&1 || true
		fi
		printf '%s  %s %s\n' "$(sha256sum <"$TMPDIR_OUT/o" | cut -d' ' -f1)" "$mode" "$f"
	done
done | LC_ALL=C sort -k2
