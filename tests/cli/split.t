# Files of 8 MiB or more are read in two halves on two threads.  The second
# method here is reading the same bytes from standard input, which is always
# read whole: outputs and messages (line numbers included) must be the same.
# Counted from the generator: 'abc' at i = 7, 40007, ... (10 rows), short rows
# at i = 13, 60013, ... (7), a stray quote at i = 17, 70017, ... (6): 23
# rejected, five messages shown per reason, so 15 + 4 lines of accounting.

== a 9.7 MB file with problems in both halves gives what reading it whole gives
$ d=$(mktemp -d); awk 'BEGIN { srand(3); print "role,region,salary"; for (i = 0; i < 400000; i++) { if (i % 40000 == 7) print "R" i % 5 ",X,abc"; else if (i % 50000 == 11) print "\"R\nwrapped\",X," i; else if (i % 60000 == 13) print "R,short"; else if (i % 70000 == 17) print "R,5\"9,1"; else printf "R%d,\"Region, %d\",%.2f\n", i % 7, i % 13, 20000 + rand() * 90000 } }' > "$d/big.csv"; test $(wc -c < "$d/big.csv") -gt 9000000 && echo "big enough"; wagestat summarize -g role,region -s count,mean,median,p90 -f csv "$d/big.csv" > "$d/split.out" 2> "$d/split.err"; wagestat summarize -g role,region -s count,mean,median,p90 -f csv - < "$d/big.csv" > "$d/whole.out" 2> "$d/whole.err"; cmp "$d/split.out" "$d/whole.out" && echo "same results"; sed "s|<stdin>|$d/big.csv|" "$d/whole.err" | cmp - "$d/split.err" && echo "same messages"; grep -c . "$d/split.err"; grep "rows read" "$d/split.err" | sed "s|.*rows|rows|"; rm -r "$d"
> big enough
> same results
> same messages
> 19
> rows read 400000 = used 399977 + filtered 0 + missing 0 + rejected 23
