#!/bin/sh
# Files and functions short enough to read: no file under src/ over 800
# lines, no function over 100 lines (a function runs from a '{' alone at
# the start of a line to the next '}' there, the house style).  Entries in
# EXCEPTIONS ("FILE" or "FILE:FUNCTION") are the splits still to make.
# Prints each one too long; exits 1 if there is any.
#   sh scripts/check-size.sh
set -u
cd "$(dirname "$0")/.." || exit 2
MAX_FILE=800
MAX_FUNCTION=100

EXCEPTIONS='
'

listed() { printf '%s\n' "$EXCEPTIONS" | grep -qxF "$1"; }

bad=0
found=""
for f in src/*/*.c; do
	n=$(wc -l <"$f")
	if [ "$n" -gt "$MAX_FILE" ]; then
		found="$found $f"
		listed "$f" || { echo "$f: $n lines (at most $MAX_FILE)"; bad=1; }
	fi
	for long in $(awk -v max="$MAX_FUNCTION" '
		/^[A-Za-z_].*\(/ && !body { sig = $0 }
		/^\{/ && !body { body = 1; start = FNR; next }
		/^\}/ && body {
			body = 0
			name = sig; sub(/\(.*/, "", name); k = split(name, w, /[ *]+/)
			if (FNR - start + 1 > max) print w[k] ":" FNR - start + 1
		}' "$f"); do
		fn=${long%:*}
		found="$found $f:$fn"
		listed "$f:$fn" && continue
		echo "$f: function $fn has ${long#*:} lines (at most $MAX_FUNCTION)"
		bad=1
	done
done
# an exception that no longer happens is taken off the list
for e in $EXCEPTIONS; do
	case " $found " in *" $e "*) ;; *)
		echo "scripts/check-size.sh: exception '$e' no longer happens: remove it"
		bad=1 ;;
	esac
done
exit $bad
