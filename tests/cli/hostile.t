# Hostile and broken input: clear messages, documented exit codes, every
# row counted.  Expected values are read off the inputs by hand.

== empty file: no header, exit 1
$ : > "${TMPDIR:-/tmp}/ws-empty.csv"; wagestat summarize -s count -f csv "${TMPDIR:-/tmp}/ws-empty.csv" 2>&1 >/dev/null | sed "s|${TMPDIR:-/tmp}/||"
> wagestat: ws-empty.csv: empty file: no header row
> wagestat: rows read 0 = used 0 + filtered 0 + missing 0 + rejected 0
? 0

== empty standard input exits 1
$ wagestat summarize -q -s count -f csv - < /dev/null
> count
> 0
? 1

== header only: one empty group, exit 0
$ printf 'role,salary\n' | wagestat summarize -s count,median -f csv -
> count,median
> 0,
! wagestat: rows read 0 = used 0 + filtered 0 + missing 0 + rejected 0

== no final newline: the last row counts
$ printf 'role,salary\nA,10\nA,30' | wagestat summarize -g role -s count,mean -f csv -
> role,count,mean
> A,2,20

== only non-numeric salaries: all rejected, each reason counted; --strict fails
$ printf 'role,salary\nA,abc\nB,NaN\nA,-5\n' | wagestat summarize --strict -g role -s count -f csv -
> role,count
! wagestat: <stdin>:2:2: not a number: 'abc'
! wagestat: <stdin>:3:2: not a number: 'NaN'
! wagestat: <stdin>:4:2: negative value: '-5'
! wagestat: rows read 3 = used 0 + filtered 0 + missing 0 + rejected 3
! wagestat:   rejected 2: not a number
! wagestat:   rejected 1: negative value
? 1

== NUL bytes reject their row only
$ printf 'role,salary\nA,1\000\nA,2\nB\000,3\n' | wagestat summarize -g role -s count,sum -f csv -
> role,count,sum
> A,1,2
! wagestat: <stdin>:2:2: NUL byte in field: byte 0x00 at offset 1
! wagestat: <stdin>:4:1: NUL byte in field: byte 0x00 at offset 1
! wagestat: rows read 3 = used 1 + filtered 0 + missing 0 + rejected 2
! wagestat:   rejected 2: NUL byte in field

== invalid UTF-8 (a Latin-1 e acute) is reported with its place
$ printf 'role,salary\ncaf\351,10\nok,20\n' | wagestat summarize -g role -s count -f csv -
> role,count
> ok,1
! wagestat: <stdin>:2:1: invalid UTF-8: byte 0xE9 at offset 3
! wagestat: rows read 2 = used 1 + filtered 0 + missing 0 + rejected 1
! wagestat:   rejected 1: invalid UTF-8

== ragged rows: too few and too many fields
$ printf 'role,region,salary\nA,X,10\nA,X\nA,X,10,extra\nB,Y,20\n' | wagestat summarize -g role -s count,sum -f csv -
> role,count,sum
> A,1,10
> B,1,20
! wagestat: <stdin>:3:3: wrong number of fields: expected 3, found 2
! wagestat: <stdin>:4:4: wrong number of fields: expected 3, found 4
! wagestat: rows read 4 = used 2 + filtered 0 + missing 0 + rejected 2
! wagestat:   rejected 2: wrong number of fields

== a stray quote rejects one row, and reading goes on at the next line
$ printf 'role,salary\nA,5"9\nA,"7"x\nA,8\n' | wagestat summarize -s count,sum -f csv -
> count,sum
> 1,8
! wagestat: <stdin>:2:2: malformed quoting: quote inside an unquoted field
! wagestat: <stdin>:3:2: malformed quoting: 'x' after a closing quote
! wagestat: rows read 3 = used 1 + filtered 0 + missing 0 + rejected 2
! wagestat:   rejected 2: malformed quoting

== an unterminated quote at the end is one rejected row, from the line it starts
$ printf 'role,salary\nA,1\n"B,2\nC,3\n' | wagestat summarize -s count,sum -f csv -
> count,sum
> 1,1
! wagestat: <stdin>:3:1: unterminated quoted field
! wagestat: rows read 2 = used 1 + filtered 0 + missing 0 + rejected 1
! wagestat:   rejected 1: unterminated quoted field

== a 10 MB single field is read, not a crash
$ { printf 'role,salary\n"'; head -c 10485760 /dev/zero | tr '\0' x; printf '",5\nB,7\n'; } | wagestat summarize -s count,sum -f csv -
> count,sum
> 2,12

== more than five rejections of a reason: five shown, all counted
$ printf 'salary\n' > /dev/null; { printf 'salary\n'; for i in 1 2 3 4 5 6 7; do echo x$i; done; } | wagestat summarize -s count -f csv -
> count
> 0
! wagestat: <stdin>:2:1: not a number: 'x1'
! wagestat: <stdin>:3:1: not a number: 'x2'
! wagestat: <stdin>:4:1: not a number: 'x3'
! wagestat: <stdin>:5:1: not a number: 'x4'
! wagestat: <stdin>:6:1: not a number: 'x5'
! wagestat: rows read 7 = used 0 + filtered 0 + missing 0 + rejected 7
! wagestat:   rejected 7: not a number

== control characters in a rejected value are shown escaped
$ printf 'salary\n"a\tb\033"\n' | wagestat summarize -s count -f csv -
> count
> 0
! wagestat: <stdin>:2:1: not a number: 'a\x09b\x1B'
! wagestat: rows read 1 = used 0 + filtered 0 + missing 0 + rejected 1
! wagestat:   rejected 1: not a number

# --- usage errors: one line, exit 2 -----------------------------------------

== missing file
$ wagestat summarize -s count /nonexistent/pay.csv
! wagestat: /nonexistent/pay.csv: No such file or directory
? 2

== unknown option
$ wagestat summarize --bogus x
! wagestat: unknown option '--bogus' (see 'wagestat help summarize')
? 2

== option without its value
$ wagestat summarize -s
! wagestat: option '-s' needs a value (see 'wagestat help summarize')
? 2

== unknown statistic
$ wagestat summarize -s count,p100 -
! wagestat: -s: unknown statistic 'p100' (see 'wagestat help summarize')
? 2

== unknown column lists the columns there are
$ printf 'role,salary\n' | wagestat summarize -g title -
! wagestat: <stdin>: no column 'title'; columns are: 1 'role', 2 'salary'
? 2

== no value column found
$ printf 'role,amount\nA,1\n' | wagestat summarize -
! wagestat: <stdin>: no salary column found: name one with -v COL
? 2

== unknown unit, format, delimiter
$ wagestat summarize -u daily - ; wagestat summarize -f xml - ; wagestat summarize -d x -
! wagestat: -u: unknown unit 'daily' (annual, hourly, monthly, weekly) (see 'wagestat help summarize')
! wagestat: -f: unknown format 'xml' (text, csv, tsv, md, json, html, xlsx, claims) (see 'wagestat help summarize')
! wagestat: -d: delimiter must be , ; | or tab, not 'x' (see 'wagestat help summarize')
? 2

== no input file
$ wagestat summarize -s count
! wagestat: no input file (use - for standard input) (see 'wagestat help summarize')
? 2

== weights do not go with the median interval
$ wagestat summarize -w w -s median_ci -
! wagestat: -s: median_ci is not defined with weights (-w) (see 'wagestat help summarize')
? 2

== unknown command
$ wagestat frob
! wagestat: unknown command 'frob' (see 'wagestat help')
? 2

== a write error is an error
$ printf 'salary\n1\n' | wagestat summarize -q -s count - > /dev/full
! wagestat: write error on standard output: No space left on device
? 2

== help and version go to standard output and exit 0
$ wagestat help summarize | head -n 1; wagestat --version | sed 's/[0-9][0-9.]*$/N/'; wagestat summarize --help | head -n 1
> Usage: wagestat summarize [OPTIONS] FILE...   (FILE - is standard input)
> wagestat N
> Usage: wagestat summarize [OPTIONS] FILE...   (FILE - is standard input)
!-

# No readable header, with a group column: said and exit 1 (this was a
# crash), in text and JSON.
== empty input with a group column: exit 1, no crash
$ printf '' | wagestat summarize -g Department - > /dev/null; echo "exit $?"
$ printf '' | wagestat summarize -f json -g Department - > /dev/null; echo "exit $?"
> exit 1
> exit 1
! wagestat: <stdin>: empty file: no header row
! wagestat: rows read 0 = used 0 + filtered 0 + missing 0 + rejected 0
! wagestat: <stdin>: empty file: no header row
! wagestat: rows read 0 = used 0 + filtered 0 + missing 0 + rejected 0

# An endless stream with no line end: every reading command stops at a
# limit, says which, and exits 1 (each grew until killed before).
== /dev/zero: every reader stops at a limit with exit 1
$ for c in summarize 'import table' 'convert -u hourly' reconcile extract check 'plot roles' 'plot dist'; do timeout 10 wagestat $c /dev/zero > /dev/null 2> "$TMPDIR/err"; echo "$c: exit $? $(sed -n 1p "$TMPDIR/err" | grep -o 'longer than [0-9]* [MGi]*B')"; done
> summarize: exit 1 longer than 16 MiB
> import table: exit 1 longer than 16 MiB
> convert -u hourly: exit 1 longer than 16 MiB
> reconcile: exit 1 longer than 16 MiB
> extract: exit 1 longer than 64 MiB
> check: exit 1 longer than 64 MiB
> plot roles: exit 1 longer than 16 MiB
> plot dist: exit 1 longer than 16 MiB

== the limits can be set, and a field past one is placed
$ printf 'role,pay\nnurse,123456789012\n' | wagestat --max-field 10 summarize -v pay - > /dev/null; echo "exit $?"
$ printf 'role,pay\nnurse,1\n' | wagestat --max-input 8 summarize -v pay - > /dev/null; echo "exit $?"
$ printf 'Nurses earn $80,000.\n' | wagestat --max-input 8 extract - > /dev/null; echo "exit $?"
$ wagestat --max-field 10x summarize x; echo "exit $?"
> exit 1
> exit 1
> exit 1
> exit 2
! wagestat: <stdin>:2:2: field longer than 10 bytes (raise it with --max-field)
! wagestat: rows read 0 = used 0 + filtered 0 + missing 0 + rejected 0
! wagestat: <stdin>: input longer than 8 bytes (raise it with --max-input)
! wagestat: rows read 0 = used 0 + filtered 0 + missing 0 + rejected 0
! wagestat: <stdin>: input longer than 8 bytes (raise it with --max-input)
! wagestat: --max-field: a size such as 64M or 1G, not '10x' (see 'wagestat help')

# A closed standard input is not read as the next file the program opens
# (check once read its reference there and said "0 findings").
== a closed standard input is a usage error
$ wagestat check - <&-; echo "exit $?"
$ wagestat summarize - <&-; echo "exit $?"
> exit 2
> exit 2
! wagestat: -: standard input is closed
! wagestat: -: standard input is closed

== a directory is a usage error, exit 2
$ for c in summarize extract check 'import table'; do wagestat $c data > /dev/null 2> "$TMPDIR/err"; echo "$c: exit $? $(sed -n 1p "$TMPDIR/err")"; done
> summarize: exit 2 wagestat: data: is a directory, not a file
> extract: exit 2 wagestat: data: is a directory, not a file
> check: exit 2 wagestat: data: is a directory, not a file
> import table: exit 2 wagestat: data: is a directory, not a file

== import oews: a missing file is said before what its name lacks
$ wagestat import oews nowhere/foo.csv > /dev/null
! wagestat: nowhere/foo.csv: No such file or directory
? 2

# A reference that is a wide table with no source column: its figures are
# credited to the file (this read a NULL source).  The table has Ohio's
# mean, the sentence names no statistic (judged as a median): unverifiable.
== check --ref with a wide table that has no source column
$ printf 'Medical assistants in Ohio earn $39,520 a year.\n' | wagestat check --ref data/state_M2023_subset.csv -
> <stdin>: 1 findings: 0 ok, 1 unverifiable, 0 inconsistent

# Text that a spreadsheet would run (OWASP's CSV injection: = + - @ first)
# is written after a ' in CSV and TSV, and as it is with --raw-cells; a
# lone "-" and a number are left alone.  Markdown writes HTML's <, >, & as
# entities, so a label cannot open a tag.
== CSV and TSV: formula-like cells are written as text
< role,pay
< "=HYPERLINK(""http://example.invalid"")",40000
< +cmd,41000
< @SUM(1),42000
< -5,43000
< -,44000
$ wagestat summarize -q -g role -v pay -s count -f csv -
> role,count
> "'=HYPERLINK(""http://example.invalid"")",1
> '+cmd,1
> '@SUM(1),1
> -5,1
> -,1

== --raw-cells writes them as they are
$ printf 'role,pay\n+cmd,41000\n' | wagestat --raw-cells summarize -q -g role -v pay -s count -f tsv -
$ printf 'role,pay\n+cmd,41000\n' | wagestat summarize -q -g role -v pay -s count -f tsv -
> role	count
> +cmd	1
> role	count
> '+cmd	1

== Markdown output escapes HTML
$ printf 'role,pay\n<script>alert(1)</script> & co,41000\n' | wagestat summarize -q -g role -v pay -s count -f md -
> | role | count |
> | --- | ---: |
> | &lt;script&gt;alert(1)&lt;/script&gt; &amp; co | 1 |

# Numbers no one is paid are rejected with the bounds said, never summed
# to inf: 1e308, 99999999999999999999 and 1e-320 a year, $0.50 a year; a
# claim's period that is no year, 5e307 a year, $20,000 an hour.  45,000
# and 41,000 are kept.  --any-pay keeps them all (and the sum is 1e308 +
# 1e20 + 45,000.5 + ..., shown by its size only).
== implausible pay and periods are rejected, with the bounds
$ printf 'role,pay\nA,1e308\nA,99999999999999999999\nA,1e-320\nA,45000\nA,0.5\n' | wagestat summarize -g role -v pay -s count,sum -f csv -
$ printf 'source,source_kind,role,soc_code,area,period,stat,value,unit,qualifier,n,se,where,quote\nX,survey,MA,31-9092,US,99999999999999999999,median,40000,annual,exact,,,,\nX,survey,MA,31-9092,US,2023,median,5e307,annual,exact,,,,\nX,survey,MA,31-9092,US,2023-05,median,41000,annual,exact,,,,\nX,survey,MA,31-9092,US,2023,median,20000,hourly,exact,,,,\n' | wagestat convert -u annual - | cut -d, -f6-9
> role,count,sum
> A,1,45000
> period,stat,value,unit
> 2023-05,median,41000,annual
! wagestat: <stdin>:2:2: implausible pay: not from 1 to 100,000,000: '1e308'
! wagestat: <stdin>:3:2: implausible pay: not from 1 to 100,000,000: '99999999999999999999'
! wagestat: <stdin>:4:2: implausible pay: not from 1 to 100,000,000: '1e-320'
! wagestat: <stdin>:6:2: implausible pay: not from 1 to 100,000,000: '0.5'
! wagestat: rows read 5 = used 1 + filtered 0 + missing 0 + rejected 4
! wagestat:   rejected 4: implausible pay: not from 1 to 100,000,000
! wagestat: <stdin>:2:6: period not a year from 1900 to 2100: '99999999999999999999'
! wagestat: <stdin>:3:8: implausible pay: not from 1 to 100,000,000 a year: '5e307'
! wagestat: <stdin>:5:8: implausible pay: not from 0.01 to 10,000 an hour: '20000'
! wagestat: rows read 4 = used 1 + filtered 0 + missing 0 + rejected 3
! wagestat:   rejected 1: period not a year from 1900 to 2100
! wagestat:   rejected 1: implausible pay: not from 1 to 100,000,000 a year
! wagestat:   rejected 1: implausible pay: not from 0.01 to 10,000 an hour
! wagestat: figures read 1 = used 1 + filtered 0 + missing 0 + rejected 0

== --any-pay keeps pay outside the bounds
$ printf 'role,pay\nA,1e300\nA,0.5\n' | wagestat --any-pay summarize -q -g role -v pay -s count,max,min -f csv -
> role,count,max,min
> A,2,1e+300,0.5

# A label with a line break and a pipe stays in its Markdown row: the break
# a space, the pipe escaped.
== summarize -f md: a line break and a pipe in a label keep the row whole
$ printf 'role,salary\n"nurse\nline two|x",100\n' | wagestat summarize -q -g 1 -v 2 -s count,median -f md -
> | role | count | median |
> | --- | ---: | ---: |
> | nurse line two\|x | 1 | 100.00 |
