#!/bin/sh
# Gather each fuzz target's seed corpus into build/fuzz/seeds/TARGET/ from
# the project's own files - test data, the test articles, the heads of the
# datasets, and the inputs the command-line tests feed with printf - so
# that no copies need be committed.  Cheap; run again whenever.
#   sh tests/fuzz/seeds.sh TARGET...
set -eu
cd "$(dirname "$0")/../.." || exit 2

# The inputs that tests/cli/*.t write with printf '...' | wagestat WORDS.
cli_inputs() { # DIR PATTERN
	sed -n "s/^\\\$ printf '\\([^']*\\)' | wagestat $2.*/\\1/p" tests/cli/*.t |
		while IFS= read -r fmt; do
			n=$((n + 1))
			# shellcheck disable=SC2059
			printf -- "$fmt" >"$1/cli-$n"
		done
}

# The first lines of the datasets, a few KB each.
heads() { # DIR FILE...
	d=$1
	shift
	for f; do
		head -n 25 "$f" >"$d/head-$(basename "$f")"
	done
}

copy() { # DIR FILE...
	d=$1
	shift
	for f; do
		[ -f "$f" ] && cp "$f" "$d/$(echo "$f" | tr / _)"
	done
	return 0
}

# The pay values of the money parser's unit test, one a seed.
money_values() { # DIR
	sed -n 's/^[[:space:]]*{"\(.*\)", MONEY_[A-Z]*.*/\1/p' tests/unit/test_money.c | sed 's/" "//g' |
		while IFS= read -r v; do
			n=$((n + 1))
			# shellcheck disable=SC2059
			printf -- "$v" >"$1/value-$n"
		done
}

for target; do
	d=build/fuzz/seeds/$target
	rm -rf "$d"
	mkdir -p "$d"
	n=0
	own=$target
	case $target in
	csvin | csvfast | stdinblk)
		copy "$d" tests/data/*.csv tests/data/*/*.csv tests/data/plot/roles.dat
		heads "$d" datasets/*.csv
		cli_inputs "$d" '[a-z]*'
		own=csvin
		;;
	money)
		money_values "$d"
		;;
	claimin)
		copy "$d" tests/data/*.csv tests/data/reconcile/*.csv tests/data/plot/*.csv \
			tests/articles/dev/*.claims.csv
		heads "$d" datasets/oews_healthcare.csv datasets/roles.csv
		cli_inputs "$d" 'import table'
		own="claimin oews"
		;;
	oews)
		copy "$d" tests/data/national_M2022_dl.csv tests/data/state_M2023_subset.csv
		heads "$d" datasets/oews_healthcare.csv
		cli_inputs "$d" 'import oews'
		;;
	extract | check)
		copy "$d" tests/data/articles/* tests/articles/*/*.txt tests/articles/*/*.md \
			tests/articles/*/*.html
		cli_inputs "$d" "$target"
		own=extract
		;;
	*)
		echo "seeds.sh: no target '$target'" >&2
		exit 2
		;;
	esac
	# the hand-made seeds committed in tests/fuzz/seeds/
	for o in $own; do
		[ ! -d "tests/fuzz/seeds/$o" ] || cp tests/fuzz/seeds/"$o"/* "$d"/
	done
	echo "$target: $(find "$d" -type f | wc -l) seeds, $(du -sk "$d" | cut -f1) KB"
done
