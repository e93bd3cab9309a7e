# summarize --approx[=ALPHA]: the percentiles come from a log-bucket
# sketch (compute/sketch.h) whose relative error is at most ALPHA (default
# 0.001); count, min and max stay exact.  The input is made by
# tests/data/approx/gen.awk, which also writes truth.tsv; the second
# method (bound.awk) sorts truth.tsv and computes R's type-7 percentiles
# with awk, never reading the CSV, and checks each of the tool's within
# ALPHA of them, relative (with 1e-9 of ALPHA for rounding at a bucket's
# edge).  The counts are 1,000,000 / 3: R0 333,334, R1 and R2 333,333.

== --approx: every percentile within 0.1% of the exact type-7 one; the bound in the accounting and in the last column
$ t=$PWD; mkdir "$TMPDIR/ap" && cd "$TMPDIR/ap" && awk -f "$t/data/approx/gen.awk" > pay.csv
$ S=count,min,p1,p5,p10,p25,median,p75,p90,p95,p99,max
$ wagestat --precision full summarize --approx -g role -s $S -f csv pay.csv > out.csv 2> err; echo "exit $?"
$ cat err
$ sort -t "$(printf '\t')" -k1,1 -k2,2g truth.tsv | awk -F'\t' -v alpha=0.001 -v tool=out.csv -f "$t/data/approx/bound.awk"
$ wagestat --precision full summarize --approx=0.02 -q -g role -s $S -f csv pay.csv > out2.csv
$ sort -t "$(printf '\t')" -k1,1 -k2,2g truth.tsv | awk -F'\t' -v alpha=0.02 -v tool=out2.csv -f "$t/data/approx/bound.awk"
> exit 0
> wagestat: rows read 1000000 = used 1000000 + filtered 0 + missing 0 + rejected 0
> wagestat: quantiles from a sketch (--approx=0.001): each within 0.1% of the exact value, relative
> R0 within the bound
> R1 within the bound
> R2 within the bound
> some error seen
> R0 within the bound
> R1 within the bound
> R2 within the bound
> some error seen

== --approx in JSON: the bound in the accounting as quantile_rel_error
$ printf 'g,v\na,100\na,200\n' | wagestat summarize --approx=0.01 -g g -v v -s count,median -f json - | grep -o '"quantile_rel_error": [0-9.]*' | sort | uniq -c | sed 's/^ *//'
> 2 "quantile_rel_error": 0.01

== --approx refuses what needs every value, weights, and an ALPHA out of range
$ wagestat summarize --approx -s count,mad -g g -v v - ; echo "exit $?"
$ wagestat summarize --approx -w w -g g -v v - ; echo "exit $?"
$ wagestat summarize --approx=0.7 -g g -v v - ; echo "exit $?"
> exit 2
> exit 2
> exit 2
! wagestat: mad needs every value, not --approx's sketch (see 'wagestat help summarize')
! wagestat: --approx is not defined with weights (-w) (see 'wagestat help summarize')
! wagestat: --approx: not a relative error from 1e-05 to 0.5: '0.7' (see 'wagestat help summarize')

# The bound reads as it is in a table for people too (0.01, not the 0.00
# an amount to the cent would show).
== --approx in a text table: the bound as it is
$ printf 'g,v\na,100\na,200\n' | wagestat summarize -q --approx=0.01 -g g -v v -s count -
> g  count  quantile_rel_error
> a      2                0.01
