#!/bin/sh
# The layering of the sources: a file in src/LAYER/ or include/LAYER/ may
# include only the headers of the layers below it, and its own:
#
#   base     allocation, diagnostics, files, money and units, hash table
#   input    base                          (CSV reader, microdata rows)
#   model    base input                    (claims, dictionaries, names)
#   compute  base input model              (statistics, reconcile, check)
#   extract  base model                    (articles into claims)
#   output   base model compute            (tables, charts)
#   cli      every layer                   (main and one file per command)
#
# Every project include names its layer ("base/diag.h"); an include that
# points up or sideways fails, unless it is listed in EXCEPTIONS below (the
# moves still to make), and so does a module the README's Architecture
# section does not name.  Prints each violation; exits 1 if there is any.
#   sh scripts/check-layers.sh
set -u
cd "$(dirname "$0")/.." || exit 2

EXCEPTIONS='
'

allowed() {
	case $1 in
	base) echo "base" ;;
	input) echo "base input" ;;
	model) echo "base input model" ;;
	compute) echo "base input model compute" ;;
	extract) echo "base model extract" ;;
	output) echo "base model compute output" ;;
	cli) echo "base input model compute extract output cli" ;;
	*) echo "" ;;
	esac
}

bad=0
for f in src/*/*.c src/*/*.h include/*/*.h; do
	[ -f "$f" ] || continue
	layer=$(basename "$(dirname "$f")")
	ok=$(allowed "$layer")
	if [ -z "$ok" ]; then
		echo "$f: folder '$layer' is not a layer"
		bad=1
		continue
	fi
	for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
		case $inc in
		*/*) to=${inc%%/*} ;;
		*)
			echo "$f: includes \"$inc\" without its layer"
			bad=1
			continue
			;;
		esac
		case " $ok " in *" $to "*) continue ;; esac
		if printf '%s\n' "$EXCEPTIONS" | grep -qxF "$f -> $inc"; then
			continue
		fi
		echo "$f: includes $inc: $layer may include only: $ok"
		bad=1
	done
done
# an exception that no longer happens is taken off the list
stale=$(printf '%s\n' "$EXCEPTIONS" | while read -r f _ inc; do
	[ -n "$f" ] || continue
	grep -q "#include \"$inc\"" "$f" 2>/dev/null ||
		echo "scripts/check-layers.sh: exception '$f -> $inc' no longer happens: remove it"
done)
[ -z "$stale" ] || { echo "$stale"; bad=1; }
# the README's picture of the layers names every module there is
arch=$(sed -n '/^## Architecture/,/^## /p' README.md)
for f in src/*/*.c; do
	n=$(basename "$f" .c)
	printf '%s\n' "$arch" | grep -q "\`$n\`" || {
		echo "README.md: the Architecture section does not name $f"
		bad=1
	}
done
exit $bad
