#!/bin/sh
# Write the man page wagestat.1 on stdout from the program's own help, so
# the two cannot drift apart.   scripts/mkman.sh ./wagestat > wagestat.1
set -eu
bin=${1:-./wagestat}

# roff-safe preformatted text: backslashes, and lines starting with . or '
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

version=$("$bin" --version | sed 's/^wagestat //')
cat <<EOT
.TH WAGESTAT 1 "" "wagestat $version" "User Commands"
.SH NAME
wagestat \\- salary and labor-data analysis
.SH SYNOPSIS
.B wagestat
.I COMMAND
[\\fIOPTIONS\\fR] [\\fIFILE\\fR...]
.SH DESCRIPTION
.nf
EOT
"$bin" --help | roff
echo ".fi"
for cmd in $("$bin" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 && $1 != "Commands:" {print $1}'); do
	[ "$cmd" = help ] && continue
	echo ".SH \"WAGESTAT $(echo "$cmd" | tr a-z A-Z)\""
	echo ".nf"
	"$bin" help "$cmd" | roff
	echo ".fi"
done
cat <<'EOT'
.SH "EXIT STATUS"
0 ok; 1 data problems (rejected rows with \-\-strict, an empty file);
2 usage or system errors.
.SH "SEE ALSO"
The README of the wagestat sources.
EOT
