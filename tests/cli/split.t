# A regular file of 8 MiB or more is read in parts on as many threads as
# -j says (the default is the online cores, so these tests give it): part
# k starts at the first line start after k/N of the file, found with no
# pass over the file first, and the parts' groups are merged
# (stats_acc_merge) in order.  When a part does not end between records
# (a split fell inside a quoted field that holds a line end), the parts
# are dropped and the file read whole.  --verbose says which happened, so
# these tests know that the path they test ran.  They compare the
# statistics to a relative 1e-9, so read them at --precision full (the CSV
# to the cent would be a test of the format).
#
# The input is made by tests/data/split/gen.awk, which also writes each
# used row's role and value to truth.tsv: the second method computes the
# statistics from those with awk (stats.awk: two-pass mean and sd, min,
# max; pct.awk: type-7 percentiles of the sorted values), never reading
# the CSV.  Rows worked by hand from the generator: 400,000 read; 'abc' at
# i = 7, 40007, ..., 360007 (10); one field short at i = 13, 60013, ...,
# 360013 (7).  A row's line is i + 2 plus the regions with a line break
# before it (i = 11, 50011, ...): the first five short rows are on lines
# 13 + 3 = 16, 60013 + 4 = 60017, 120018, 180019 and, in the second part,
# 240013 + 2 + 5 = 240020.  The counts by role are awk's; one worked by
# hand: R5 is i % 7 == 5 below 200,000, 28,571 rows (5, 12, ..., 199995),
# less the short row at i = 120013: 28,570.

== a 9.7 MB file read in 2 parts: count, mean, sd, min, max and percentiles agree with awk's; in 4 parts the same, rejections at the same lines
$ t=$PWD; mkdir "$TMPDIR/split" && cd "$TMPDIR/split" && awk -v stray=0 -f "$t/data/split/gen.awk" > big.csv
$ test $(wc -c < big.csv) -ge 8388608 && echo "8 MiB or more"
$ wagestat --precision full summarize -j 2 --verbose -g role -s count,mean,sd,min,max -f csv big.csv > out.csv 2> err; echo "exit $?"
$ grep -v ': big.csv:[0-9]*:[0-9]*: ' err
$ awk -F'\t' -v tool=out.csv -f "$t/data/split/stats.awk" truth.tsv truth.tsv
$ wagestat --precision full summarize -j 2 -q -g role -s count,min,p10,median,p90,max -f csv big.csv > pct.csv
$ sort -t "$(printf '\t')" -k1,1 -k2,2g truth.tsv | awk -F'\t' -v tool=pct.csv -f "$t/data/split/pct.awk"
$ grep ': wrong number of fields:' err | cut -d: -f3 | tr '\n' ' '; echo
$ grep -n '^R,short$' big.csv | head -n 5 | cut -d: -f1 | tr '\n' ' '; echo
$ wagestat --precision full summarize -j 4 --verbose -g role -s count,mean,sd,min,max -f csv big.csv > out4.csv 2> err4
$ awk -F'\t' -v tool=out4.csv -f "$t/data/split/stats.awk" truth.tsv truth.tsv | grep -c ' agrees$'
$ diff err err4 | grep '^[<>]'
> 8 MiB or more
> exit 0
> wagestat: big.csv: read in 2 parts on 2 threads
> wagestat: rows read 400000 = used 399983 + filtered 0 + missing 0 + rejected 17
> wagestat:   rejected 10: not a number
> wagestat:   rejected 7: wrong number of fields
> R0 n=68571 agrees
> R1 n=68570 agrees
> R2 n=68565 agrees
> R3 n=68568 agrees
> R4 n=68570 agrees
> R5 n=28570 agrees
> R6 n=28569 agrees
> R0 agrees
> R1 agrees
> R2 agrees
> R3 agrees
> R4 agrees
> R5 agrees
> R6 agrees
> 16 60017 120018 180019 240020 
> 16 60017 120018 180019 240020 
> 7
> < wagestat: big.csv: read in 2 parts on 2 threads
> > wagestat: big.csv: read in 4 parts on 4 threads
!-

== a stray quote before the middle does not move the split (no quotes are counted): 2 parts, and agrees with awk's
# Row i = 17 (R3, line 17 + 2 + 1 = 20) is rejected for its stray quote:
# 18 rejected, and R3 has one row fewer than above.
$ t=$PWD; mkdir "$TMPDIR/stray" && cd "$TMPDIR/stray" && awk -v stray=1 -f "$t/data/split/gen.awk" > big.csv
$ wagestat --precision full summarize -j 2 --verbose -g role -s count,mean,sd,min,max -f csv big.csv > out.csv 2> err; echo "exit $?"
$ grep -v ': big.csv:[0-9]*:[0-9]*: ' err; grep ': malformed quoting:' err
$ awk -F'\t' -v tool=out.csv -f "$t/data/split/stats.awk" truth.tsv truth.tsv
> exit 0
> wagestat: big.csv: read in 2 parts on 2 threads
> wagestat: rows read 400000 = used 399982 + filtered 0 + missing 0 + rejected 18
> wagestat:   rejected 10: not a number
> wagestat:   rejected 7: wrong number of fields
> wagestat:   rejected 1: malformed quoting
> wagestat: big.csv:20:2: malformed quoting: quote inside an unquoted field
> R0 n=68571 agrees
> R1 n=68570 agrees
> R2 n=68565 agrees
> R3 n=68567 agrees
> R4 n=68570 agrees
> R5 n=28570 agrees
> R6 n=28569 agrees

== a split inside a quoted field of 262,144 lines: the parts do not meet, the file is read whole, and agrees with awk's
# With span=1 only the region of row i = 200,000 changes (its role and
# pay, and so every count, are as above): 2^18 = 262,144 lines of "w", so
# it covers the middle of the 10.2 MB file, where the split of -j 4 at one
# half falls.  The rows after it are 262,144 lines further down: the
# fourth short row (i = 180,013) is before it, on line 180019 as above;
# the fifth (i = 240,013) on 240020 + 262144 = 502164, as grep finds.
$ t=$PWD; mkdir "$TMPDIR/span" && cd "$TMPDIR/span" && awk -v span=1 -f "$t/data/split/gen.awk" > big.csv
$ wagestat --precision full summarize -j 4 --verbose -g role -s count,mean,sd,min,max -f csv big.csv > out.csv 2> err; echo "exit $?"
$ grep -v ': big.csv:[0-9]*:[0-9]*: ' err
$ awk -F'\t' -v tool=out.csv -f "$t/data/split/stats.awk" truth.tsv truth.tsv | grep -c ' agrees$'
$ grep ': wrong number of fields:' err | cut -d: -f3 | tr '\n' ' '; echo
$ grep -n '^R,short$' big.csv | head -n 5 | cut -d: -f1 | tr '\n' ' '; echo
> exit 0
> wagestat: big.csv: read whole: the parts did not meet between records (a quoted line end at a split?)
> wagestat: rows read 400000 = used 399983 + filtered 0 + missing 0 + rejected 17
> wagestat:   rejected 10: not a number
> wagestat:   rejected 7: wrong number of fields
> 7
> 16 60017 120018 180019 502164 
> 16 60017 120018 180019 502164 

== standard input and small files are read whole, and --verbose says so
$ printf 'role,salary\nA,1000\n' > "$TMPDIR/small.csv"; wagestat summarize --verbose -s count -f csv "$TMPDIR/small.csv" 2>&1 >/dev/null | sed "s|$TMPDIR/||"; printf 'role,salary\nA,1000\n' | wagestat summarize -q --verbose -s count -f csv -
> wagestat: small.csv: read whole (under 8 MiB, not a regular file, one job, or no line end to split at)
> wagestat: rows read 1 = used 1 + filtered 0 + missing 0 + rejected 0
> count
> 1
! wagestat: <stdin>: read whole (standard input)

== -j takes a number of threads from 1 to 256
$ wagestat summarize -j 0 x.csv
? 2
! wagestat: -j: not a number of threads from 1 to 256: '0' (see 'wagestat help summarize')
