# summarize --partial writes each group's state (compute/partial.h) and
# merge combines the parts.  The second method is the one run on the whole
# file: for exact partials the tables must be the same bytes.  The file
# (300 rows, integer pay so that sums are exact in any order) is cut into
# 3 parts with split, each given the header again.

== 3 parts summarized with --partial (one with -o) and merged: the table of one run, byte for byte
$ mkdir "$TMPDIR/pm" && cd "$TMPDIR/pm" && for i in $(seq 1 300); do echo "R$((i % 4)),Reg $((i % 3)),$((20000 + (i * 7919) % 90000))"; done > body
$ split -n l/3 -d body part && for p in part0?; do (echo role,region,pay; cat $p) > $p.csv; done
$ (echo role,region,pay; cat body) > all.csv
$ wagestat summarize -q --partial -g role,region -v pay part00.csv > a.wsp
$ wagestat summarize -q --partial -g role,region -v pay -o b.wsp part01.csv
$ wagestat summarize -q --partial -g role,region -v pay part02.csv > c.wsp
$ wagestat merge a.wsp b.wsp c.wsp > merged.txt 2> err; echo "exit $?"
$ cat err
$ wagestat summarize -q -g role,region -v pay all.csv > whole.txt
$ cmp merged.txt whole.txt && echo same
$ wagestat merge -q -f csv a.wsp b.wsp c.wsp > m.csv; wagestat summarize -q -f csv -g role,region -v pay all.csv | cmp - m.csv && echo same csv
$ head -n 1 a.wsp
> exit 0
> wagestat: rows read 300 = used 300 + filtered 0 + missing 0 + rejected 0
> same
> same csv
> wagestat-partial 1

== 4 splits summarized at once by GNU parallel with --partial, merged in order: the one-run table byte for byte (cents, percentiles)
%skip-unless /usr/bin/parallel
$ mkdir "$TMPDIR/gp" && cd "$TMPDIR/gp" && awk 'BEGIN { for (i = 1; i <= 4000; i++) printf "R%d,Reg %d,%d.%02d\n", i % 7, i % 5, 20000 + (i * 7919) % 90000, (i * 37) % 100 }' > body
$ split -n l/4 -d body part && ls part0? | parallel --will-cite -j 2 '(echo role,region,pay; cat {}) | wagestat summarize -q --partial -s count,mean,sd,min,p10,median,p90,max -g role,region -v pay -o {}.wsp -'
$ ls part0?.wsp | wc -l
$ wagestat merge -q -f csv part00.wsp part01.wsp part02.wsp part03.wsp > merged.csv; echo "exit $?"
$ (echo role,region,pay; cat body) | wagestat summarize -q -f csv -s count,mean,sd,min,p10,median,p90,max -g role,region -v pay - > whole.csv
$ cmp merged.csv whole.csv && echo same
$ grep -c '^R' merged.csv
> 4
> exit 0
> same
> 35

== bad partials: cut short, exact with approx, other group columns, other statistics
$ cd "$TMPDIR/pm" && head -c 300 a.wsp > cut.wsp
$ wagestat merge a.wsp cut.wsp; echo "exit $?"
$ wagestat summarize -q --partial --approx -g role,region -v pay part01.csv > ap.wsp
$ wagestat merge a.wsp ap.wsp; echo "exit $?"
$ wagestat summarize -q --partial -g role -v pay part01.csv > role.wsp
$ wagestat merge a.wsp role.wsp; echo "exit $?"
$ wagestat summarize -q --partial -s count,median -g role,region -v pay part01.csv > st.wsp
$ wagestat merge a.wsp st.wsp; echo "exit $?"
$ wagestat merge nosuch.wsp; echo "exit $?"
> exit 1
> exit 1
> exit 1
> exit 1
> exit 2
! wagestat: cut.wsp:23:1: cut short: 'acc' expected (no 'end' line)
! wagestat: ap.wsp:7:8: approx (0: exact) differs from the first partial's (a.wsp)
! wagestat: role.wsp:2:8: group columns differ from the first partial's (a.wsp)
! wagestat: st.wsp:5:7: statistics differ from the first partial's (a.wsp)
! wagestat: cannot open nosuch.wsp: No such file or directory
