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

== standard input from a pipe: read in 8 MiB blocks on 2 threads, the same bytes as the file at -j 1 and -j 2, the same messages, and agrees with awk's
# The 9.7 MB of the first test through cat: one 8 MiB block cut at the
# last line end outside quotes before 8 MiB, and the rest.  The file read
# by one thread is the reference for the bytes (every statistic at the
# default precision) and for the row messages (FILE:LINE:COL, the name
# aside); the values themselves are checked against awk's from truth.tsv.
$ t=$PWD; mkdir "$TMPDIR/pipe" && cd "$TMPDIR/pipe" && awk -v stray=0 -f "$t/data/split/gen.awk" > big.csv
$ s=count,mean,sd,min,p10,median,p90,max
$ wagestat summarize -j 1 -g role -s $s -f csv big.csv > file.csv 2> file.err
$ cat big.csv | wagestat summarize -j 2 --verbose -g role -s $s -f csv - > pipe2.csv 2> pipe2.err; echo "exit $?"
$ cat big.csv | wagestat summarize -j 1 -g role -s $s -f csv - > pipe1.csv 2> pipe1.err
$ cmp file.csv pipe2.csv && cmp file.csv pipe1.csv && echo "same bytes"
$ grep 'read from standard input' pipe2.err
$ sed 's/^wagestat: <stdin>:/wagestat: big.csv:/' pipe2.err | grep -v 'read from standard input' | cmp - file.err && echo "same messages"
$ sed 's/^wagestat: <stdin>:/wagestat: big.csv:/' pipe1.err | cmp - file.err && echo "same messages at -j 1"
$ cat big.csv | wagestat --precision full summarize -j 2 -q -g role -s count,mean,sd,min,max -f csv - > full.csv
$ awk -F'\t' -v tool=full.csv -f "$t/data/split/stats.awk" truth.tsv truth.tsv | grep -c ' agrees$'
> exit 0
> same bytes
> wagestat: <stdin>: read from standard input in 2 blocks on 2 threads
> same messages
> same messages at -j 1
> 7

== standard input with a stray quote: the cut falls inside a quoted field, so that block and the rest are read by one thread, and the bytes are still the file's
# stray=1 puts one quote in row i = 17 (line 20): from there the quotes
# are odd, so the first block's cut is taken inside the next quoted field
# with a line end (i = 50,011); the block does not end between records.
$ t=$PWD; mkdir "$TMPDIR/pipestray" && cd "$TMPDIR/pipestray" && awk -v stray=1 -f "$t/data/split/gen.awk" > big.csv
$ s=count,mean,sd,min,p10,median,p90,max
$ wagestat summarize -j 1 -g role -s $s -f csv big.csv > file.csv 2> file.err
$ cat big.csv | wagestat summarize -j 2 --verbose -g role -s $s -f csv - > pipe.csv 2> pipe.err; echo "exit $?"
$ cmp file.csv pipe.csv && echo "same bytes"
$ grep 'read from standard input' pipe.err
$ sed 's/^wagestat: <stdin>:/wagestat: big.csv:/' pipe.err | grep -v 'read from standard input' | cmp - file.err && echo "same messages"
$ grep ': malformed quoting:' pipe.err
> exit 0
> same bytes
> wagestat: <stdin>: read from standard input in blocks, then by one thread from a block that did not end between records
> same messages
> wagestat: <stdin>:20:2: malformed quoting: quote inside an unquoted field

== standard input with a stray quote in the second of three blocks: the first block is merged, the rest read by one thread into the same groups, and the bytes are still the file's
# rows=900000 at=500017: 21.8 MB, three 8 MiB blocks.  The stray quote of
# row i = 500,017 (line 500017 + 2 + 11 = 500030: eleven regions with a
# line break before it) is in the second block, whose cut then falls
# inside a quoted field.  The first block (rows below about 345,000) is
# merged; the rest meets its role and region pairs in another order than
# the first block did, so the groups it numbers are not the merged
# groups' own numbers, and each must be looked up.
$ t=$PWD; mkdir "$TMPDIR/pipestray2" && cd "$TMPDIR/pipestray2" && awk -v stray=1 -v rows=900000 -v at=500017 -f "$t/data/split/gen.awk" > big.csv
$ s=count,mean,sd,min,p10,median,p90,max
$ wagestat summarize -j 1 -g role,region -s $s -f csv big.csv > file.csv 2> file.err
$ cat big.csv | wagestat summarize -j 2 --verbose -g role,region -s $s -f csv - > pipe.csv 2> pipe.err; echo "exit $?"
$ cmp file.csv pipe.csv && echo "same bytes"
$ grep 'read from standard input' pipe.err
$ grep ': malformed quoting:' pipe.err
> exit 0
> same bytes
> wagestat: <stdin>: read from standard input in blocks, then by one thread from a block that did not end between records
> wagestat: <stdin>:500030:2: malformed quoting: quote inside an unquoted field

== standard input: a field past --max-field after the header, in the header, and /dev/zero give the messages of -j 1 at -j 2
# The 40 MB field of line 2 spans five 8 MiB blocks: the second block
# does not end between records, so it and the rest are read by one
# thread, still counting lines from the header (2:1).  A header longer
# than a block is read from a first block grown past the 16 MiB limit
# (1:2, where the long field starts), and /dev/zero the same at 1:1.
$ big() { printf "$1"; head -c 40000000 /dev/zero | tr '\0' x; printf ',5\nB,7\n'; }
$ for j in 1 2; do big 'role,salary\n' | wagestat summarize -j $j -s count -f csv - 2>&1 >/dev/null | sed -n 1p; done
$ for j in 1 2; do big 'role,sal' | wagestat summarize -j $j -s count -f csv - 2>&1 >/dev/null | sed -n 1p; done
$ for j in 1 2; do head -c 40000000 /dev/zero | wagestat summarize -j $j -s count -f csv - 2>&1 >/dev/null | sed -n 1p; done
> wagestat: <stdin>:2:1: field longer than 16 MiB (raise it with --max-field)
> wagestat: <stdin>:2:1: field longer than 16 MiB (raise it with --max-field)
> wagestat: <stdin>:1:2: field longer than 16 MiB (raise it with --max-field)
> wagestat: <stdin>:1:2: field longer than 16 MiB (raise it with --max-field)
> wagestat: <stdin>:1:1: field longer than 16 MiB (raise it with --max-field)
> wagestat: <stdin>:1:1: field longer than 16 MiB (raise it with --max-field)

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
